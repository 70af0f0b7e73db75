using System.Security.Cryptography;
using Quarry.Data.Catalog;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Catalog;

public sealed class DownloaderTests
{
    private static readonly byte[] Content = MakeContent(300_000);

    private static byte[] MakeContent(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static DatasetFile Entry(string name, byte[] content, string? md5 = null) => new()
    {
        FileName = name,
        Url = "http://127.0.0.1:9/unused/" + name,
        Size = content.Length,
        Md5 = md5 ?? Convert.ToHexStringLower(MD5.HashData(content)),
    };

    private static DownloadOptions Options(LocalHttpServer server, int attempts = 3) =>
        new() { BaseUrl = server.BaseUrl, MaxAttempts = attempts, RetryDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Download_FullFile_VerifiesAndRenamesIntoPlace()
    {
        using var server = new LocalHttpServer();
        server.Serve("data.bin", Content);
        using var dir = new TempDir();
        using var downloader = new DatasetDownloader(Options(server));
        var seen = new List<DownloadProgress>();
        var result = await downloader.DownloadAsync(Entry("data.bin", Content), dir.Path, seen.Add);

        Assert.Equal(Content, File.ReadAllBytes(dir.File("data.bin")));
        Assert.False(result.Resumed);
        Assert.Equal(["data.bin"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.Equal(Content.Length, seen[^1].Bytes);
        Assert.Equal(Content.Length, seen[^1].TotalBytes);
    }

    [Fact]
    public async Task Download_ConnectionDroppedWithRetries_ResumesWithRangeRequest()
    {
        using var server = new LocalHttpServer();
        server.Serve("data.bin", Content);
        server.DropOnceAfter("data.bin", 100_000);
        using var dir = new TempDir();
        using var downloader = new DatasetDownloader(Options(server));
        var result = await downloader.DownloadAsync(Entry("data.bin", Content), dir.Path);

        Assert.True(result.Resumed);
        Assert.Equal(Content, File.ReadAllBytes(dir.File("data.bin")));
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("GET /data.bin range=", server.Requests[0]);
        Assert.Equal("GET /data.bin range=bytes=100000-", server.Requests[1]);
    }

    [Fact]
    public async Task Download_ConnectionDroppedWithoutRetries_KeepsPartialAndResumesNextRun()
    {
        using var server = new LocalHttpServer();
        server.Serve("data.bin", Content);
        server.DropOnceAfter("data.bin", 120_000);
        using var dir = new TempDir();
        using (var once = new DatasetDownloader(Options(server, attempts: 1)))
        {
            var ex = await Assert.ThrowsAsync<DownloadException>(() => once.DownloadAsync(Entry("data.bin", Content), dir.Path));
            Assert.Contains("run the download again to resume", ex.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(dir.File("data.bin")));
        Assert.Equal(120_000, new FileInfo(dir.File("data.bin.partial")).Length);

        using var again = new DatasetDownloader(Options(server, attempts: 1));
        var result = await again.DownloadAsync(Entry("data.bin", Content), dir.Path);
        Assert.True(result.Resumed);
        Assert.Equal(Content, File.ReadAllBytes(dir.File("data.bin")));
        Assert.False(File.Exists(dir.File("data.bin.partial")));
        Assert.Equal("GET /data.bin range=bytes=120000-", server.Requests[^1]);
    }

    [Fact]
    public async Task Download_ChecksumMismatch_ThrowsAndLeavesNoFile()
    {
        using var server = new LocalHttpServer();
        server.Serve("data.bin", Content);
        using var dir = new TempDir();
        using var downloader = new DatasetDownloader(Options(server));
        var ex = await Assert.ThrowsAsync<DownloadException>(() => downloader.DownloadAsync(Entry("data.bin", Content, md5: "00000000000000000000000000000000"), dir.Path));

        Assert.StartsWith("data.bin: checksum mismatch: expected md5 00000000000000000000000000000000, got ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Download_NotFound_ThrowsWithStatusAndUrl()
    {
        using var server = new LocalHttpServer();
        using var dir = new TempDir();
        using var downloader = new DatasetDownloader(Options(server));
        var ex = await Assert.ThrowsAsync<DownloadException>(() => downloader.DownloadAsync(Entry("missing.bin", Content), dir.Path));

        Assert.Equal($"{server.BaseUrl}/missing.bin: HTTP 404 Not Found", ex.Message);
        Assert.Single(server.Requests);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Download_NoServerListening_ThrowsAfterAllAttempts()
    {
        string deadUrl;
        using (var server = new LocalHttpServer())
        {
            deadUrl = server.BaseUrl;
        }

        using var dir = new TempDir();
        using var downloader = new DatasetDownloader(new DownloadOptions { BaseUrl = deadUrl, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });
        var ex = await Assert.ThrowsAsync<DownloadException>(() => downloader.DownloadAsync(Entry("data.bin", Content), dir.Path));

        Assert.StartsWith($"{deadUrl}/data.bin: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("(after 2 attempts)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Download_FilePresentAndValid_FetchesNothing()
    {
        using var server = new LocalHttpServer();
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("data.bin"), Content);
        using var downloader = new DatasetDownloader(Options(server));
        var result = await downloader.DownloadAsync(Entry("data.bin", Content), dir.Path);

        Assert.True(result.AlreadyPresent);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Download_PartialAlreadyComplete_VerifiesWithoutRefetching()
    {
        using var server = new LocalHttpServer();
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("data.bin.partial"), Content);
        using var downloader = new DatasetDownloader(Options(server));
        await downloader.DownloadAsync(Entry("data.bin", Content), dir.Path);

        Assert.Equal(Content, File.ReadAllBytes(dir.File("data.bin")));
        Assert.Empty(server.Requests);
    }
}
