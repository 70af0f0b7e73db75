using System.Security.Cryptography;
using Quarry.Data.Catalog;
using Quarry.Data.IO;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Catalog;

public sealed class CatalogTests
{
    [Theory]
    [InlineData("trec-dl-2019", "dl19/qrels.dl19-passage.txt")]
    [InlineData("trec-dl-2020", "dl20/qrels.dl20-passage.txt")]
    public void BuiltIn_TrecDlQrels_SizeAndMd5MatchTheRealFile(string dataset, string shared)
    {
        var file = DatasetCatalog.BuiltIn.Find(dataset)!.Files.Single(f => f.FileName.EndsWith("qrels-pass.txt", StringComparison.Ordinal));
        byte[] real = File.ReadAllBytes(SharedData.Path(shared));
        Assert.Equal(real.Length, file.Size);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(real)), file.Md5);
        Assert.Null(FileVerifier.Check(SharedData.Path(shared), file with { FileName = Path.GetFileName(shared) }));
    }

    [Fact]
    public void BuiltIn_EveryEntry_HasUniqueNameHttpUrlSizeAndMd5()
    {
        var all = DatasetCatalog.BuiltIn.Datasets;
        Assert.Equal(all.Count, all.Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var file in all.SelectMany(d => d.Files))
        {
            Assert.Matches("^https?://", file.Url);
            Assert.EndsWith("/" + file.FileName, file.Url, StringComparison.Ordinal);
            Assert.True(file.Size > 0);
            Assert.Matches("^[0-9a-f]{32}$", file.Md5!);
        }
    }

    [Fact]
    public void ResolveUrl_WithBaseUrl_UsesTheMirrorAndFileName()
    {
        var file = DatasetCatalog.BuiltIn.Find("msmarco-passage")!.Files[0];
        Assert.Equal("https://msmarco.z22.web.core.windows.net/msmarcoranking/collectionandqueries.tar.gz", file.ResolveUrl(null).ToString());
        Assert.Equal("http://mirror.example/ms/collectionandqueries.tar.gz", file.ResolveUrl("http://mirror.example/ms/").ToString());
    }

    [Fact]
    public void Extend_JsonCatalog_AddsAndOverridesDatasets()
    {
        using var dir = new TempDir();
        string path = dir.File("catalog.json");
        File.WriteAllText(path, """
            {"datasets": [
              {"name": "toy", "description": "a toy", "files": [{"fileName": "toy.tsv", "url": "http://h/toy.tsv", "size": 3, "sha256": "abc"}]},
              {"name": "vaswani", "description": "local copy", "files": [{"fileName": "npl.tar.gz", "url": "http://h/npl.tar.gz"}]}
            ]}
            """);
        var catalog = DatasetCatalog.BuiltIn.Extend(path);
        Assert.Equal(DatasetCatalog.BuiltIn.Datasets.Count + 1, catalog.Datasets.Count);
        Assert.Equal("abc", catalog.Find("TOY")!.Files[0].Sha256);
        Assert.Equal("local copy", catalog.Find("vaswani")!.Description);
    }

    [Fact]
    public void Extend_FileWithoutUrl_ThrowsNamingTheField()
    {
        using var dir = new TempDir();
        string path = dir.File("catalog.json");
        File.WriteAllText(path, """{"datasets": [{"name": "toy", "description": "", "files": [{"fileName": "toy.tsv"}]}]}""");
        var ex = Assert.Throws<InputFormatException>(() => DatasetCatalog.BuiltIn.Extend(path));
        Assert.StartsWith("catalog.json:1: bad catalog JSON:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'url'", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extend_EmptyUrl_ThrowsNamingTheDataset()
    {
        using var dir = new TempDir();
        string path = dir.File("catalog.json");
        File.WriteAllText(path, """{"datasets": [{"name": "toy", "description": "", "files": [{"fileName": "toy.tsv", "url": ""}]}]}""");
        var ex = Assert.Throws<InputFormatException>(() => DatasetCatalog.BuiltIn.Extend(path));
        Assert.Contains("dataset 'toy'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileVerifier_WrongSize_ReportsBothSizes()
    {
        using var dir = new TempDir();
        string path = dir.File("f.txt");
        File.WriteAllText(path, "abc");
        var entry = new DatasetFile { FileName = "f.txt", Url = "http://h/f.txt", Size = 4 };
        Assert.Equal("f.txt: size mismatch: expected 4 bytes, found 3", FileVerifier.Check(path, entry));
        Assert.Null(FileVerifier.Check(path, entry with { Size = 3, Sha256 = Convert.ToHexStringLower(SHA256.HashData("abc"u8)) }));
    }
}
