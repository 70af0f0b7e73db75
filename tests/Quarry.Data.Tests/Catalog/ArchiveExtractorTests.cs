using System.Formats.Tar;
using System.IO.Compression;
using Quarry.Data.Catalog;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Catalog;

public sealed class ArchiveExtractorTests
{
    [Fact]
    public void Extract_TarGz_PlacesItsFolderAndRemovesStaging()
    {
        using var dir = new TempDir();
        string archive = dir.File("collectionandqueries.tar.gz");
        using (var file = File.Create(archive))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "collection/collection.tsv") { DataStream = new MemoryStream("0\tpassage\n"u8.ToArray()) };
            tar.WriteEntry(entry);
        }

        var placed = ArchiveExtractor.Extract(archive, dir.Path);

        Assert.Equal(["collection"], placed);
        Assert.Equal("0\tpassage\n", File.ReadAllText(dir.File("collection/collection.tsv")));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith(".extract-", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Zip_PlacesBeirFolder()
    {
        using var dir = new TempDir();
        string archive = dir.File("scifact.zip");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("scifact/corpus.jsonl").Open());
            writer.Write("{\"_id\":\"1\",\"text\":\"t\"}\n");
        }

        Assert.Equal(["scifact"], ArchiveExtractor.Extract(archive, dir.File("out")));
        Assert.True(File.Exists(dir.File("out/scifact/corpus.jsonl")));
    }

    [Fact]
    public void Extract_CorruptArchive_ThrowsAndPlacesNothing()
    {
        using var dir = new TempDir();
        string archive = dir.File("broken.tar.gz");
        File.WriteAllBytes(archive, [0x1f, 0x8b, 8, 0, 1, 2, 3]);
        var ex = Assert.Throws<DownloadException>(() => ArchiveExtractor.Extract(archive, dir.File("out")));
        Assert.StartsWith("broken.tar.gz: cannot unpack:", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.File("out")));
    }
}
