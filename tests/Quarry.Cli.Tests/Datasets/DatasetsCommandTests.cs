using System.Security.Cryptography;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Datasets;

public sealed class DatasetsCommandTests
{
    private static readonly byte[] Content = MakeContent();

    private static byte[] MakeContent()
    {
        var bytes = new byte[200_000];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A one-dataset catalog file for "toy", whose file `toy.bin` is <see cref="Content"/>.</summary>
    private static string ToyCatalog(TempDir dir)
    {
        string path = dir.File("catalog.json");
        File.WriteAllText(path, $$"""
            {"datasets": [{"name": "toy", "description": "a toy file", "files": [
              {"fileName": "toy.bin", "url": "http://127.0.0.1:9/toy.bin", "size": {{Content.Length}}, "md5": "{{Convert.ToHexStringLower(MD5.HashData(Content))}}"}]}]}
            """);
        return path;
    }

    [Fact]
    public void List_BuiltIn_PrintsMsMarcoAndTrecDl()
    {
        var result = CliProcess.Run("datasets", "list");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("msmarco-passage ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("trec-dl-2019 ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("beir-scifact ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_TrecDl2019WithMirror_PrintsFilesSizesMd5sAndMirrorUrls()
    {
        var result = CliProcess.Run("datasets", "info", "trec-dl-2019", "--base-url", "http://mirror.example/dl/");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2019qrels-pass.txt\t187092\t2f4be390198da108f6845c822e5ada14\t-\thttp://mirror.example/dl/2019qrels-pass.txt\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("msmarco-test2019-queries.tsv.gz\t4276\t", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_TrecDl2019FromMirror_VerifiesRealQrelsAndRefusesWrongQueries()
    {
        using var server = new LocalHttpServer();
        server.Serve("2019qrels-pass.txt", File.ReadAllBytes(SharedData.Path("dl19/qrels.dl19-passage.txt")));
        server.Serve("msmarco-test2019-queries.tsv.gz", "not the real queries"u8.ToArray());
        using var dir = new TempDir();

        var result = CliProcess.Run("datasets", "download", "trec-dl-2019", "--dir", dir.Path, "--base-url", server.BaseUrl);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("downloaded, verified", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(SharedData.Path("dl19/qrels.dl19-passage.txt")), File.ReadAllBytes(dir.File("2019qrels-pass.txt")));
        Assert.Equal(
            "quarry datasets: error: msmarco-test2019-queries.tsv.gz: size mismatch: expected 4,276 bytes, found 20 " +
            $"(from {server.BaseUrl}/msmarco-test2019-queries.tsv.gz); the download was discarded",
            result.StdErr.Trim());
        Assert.Equal(["2019qrels-pass.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Download_InterruptedThenRerun_ResumesAndVerifies()
    {
        using var server = new LocalHttpServer();
        server.Serve("toy.bin", Content);
        server.DropOnceAfter("toy.bin", 50_000);
        using var dir = new TempDir();
        string catalog = ToyCatalog(dir);
        string target = dir.File("data");

        var first = CliProcess.Run("datasets", "download", "toy", "--catalog", catalog, "--dir", target, "--base-url", server.BaseUrl, "--attempts", "1");
        Assert.Equal(2, first.ExitCode);
        Assert.Contains("run the download again to resume", first.StdErr, StringComparison.Ordinal);
        Assert.Equal(50_000, new FileInfo(Path.Combine(target, "toy.bin.partial")).Length);

        var second = CliProcess.Run("datasets", "download", "toy", "--catalog", catalog, "--dir", target, "--base-url", server.BaseUrl, "--attempts", "1");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("resumed, verified", second.StdOut, StringComparison.Ordinal);
        Assert.Equal("GET /toy.bin range=bytes=50000-", server.Requests[^1]);
        Assert.Equal(Content, File.ReadAllBytes(Path.Combine(target, "toy.bin")));

        var verify = CliProcess.Run("datasets", "verify", "toy", "--catalog", catalog, "--dir", target);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("OK\t", verify.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_NotOnServer_ExitsWith404Message()
    {
        using var server = new LocalHttpServer();
        using var dir = new TempDir();
        var result = CliProcess.Run("datasets", "download", "toy", "--catalog", ToyCatalog(dir), "--dir", dir.File("data"), "--base-url", server.BaseUrl);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"quarry datasets: error: {server.BaseUrl}/toy.bin: HTTP 404 Not Found", result.StdErr.Trim());
        Assert.False(File.Exists(Path.Combine(dir.File("data"), "toy.bin")));
    }

    [Fact]
    public void Verify_CorruptFile_ReportsMismatchAndFails()
    {
        using var dir = new TempDir();
        string target = dir.File("data");
        Directory.CreateDirectory(target);
        byte[] corrupt = (byte[])Content.Clone();
        corrupt[1000] ^= 0xFF;
        File.WriteAllBytes(Path.Combine(target, "toy.bin"), corrupt);

        var result = CliProcess.Run("datasets", "verify", "toy", "--catalog", ToyCatalog(dir), "--dir", target);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("FAILED\ttoy.bin: checksum mismatch: expected md5 ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("1 of 1 files of toy failed verification", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_WithExtract_UnpacksVerifiedTarGz()
    {
        byte[] archive = TarGz("collection.tsv", "0\tThe presence of communication\n"u8.ToArray());
        using var server = new LocalHttpServer();
        server.Serve("c.tar.gz", archive);
        using var dir = new TempDir();
        string catalog = dir.File("catalog.json");
        File.WriteAllText(catalog, $$"""
            {"datasets": [{"name": "packed", "description": "", "files": [
              {"fileName": "c.tar.gz", "url": "http://127.0.0.1:9/c.tar.gz", "sha256": "{{Convert.ToHexStringLower(SHA256.HashData(archive))}}"}]}]}
            """);
        string target = dir.File("data");

        var result = CliProcess.Run("datasets", "download", "packed", "--catalog", catalog, "--dir", target, "--base-url", server.BaseUrl, "--extract");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("extracted", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("0\tThe presence of communication\n", File.ReadAllText(Path.Combine(target, "collection.tsv")));
    }

    private static byte[] TarGz(string name, byte[] content)
    {
        using var memory = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(memory, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new System.Formats.Tar.TarWriter(gz))
        {
            tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
        }

        return memory.ToArray();
    }

    [Fact]
    public void Download_UnknownName_SaysHowToList()
    {
        var result = CliProcess.Run("datasets", "download", "no-such-set");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown dataset 'no-such-set'; `quarry datasets list`", result.StdErr, StringComparison.Ordinal);
    }
}
