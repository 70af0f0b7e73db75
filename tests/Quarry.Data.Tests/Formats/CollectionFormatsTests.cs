using Quarry.Data.Collection;
using Quarry.Data.Formats;
using Quarry.Data.IO;
using Quarry.Data.Jsonl;
using Quarry.Data.Records;
using Quarry.Data.Trec;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class CollectionFormatsTests
{
    private static readonly List<Passage> Sample = CollectionReader.Read(SharedData.Path("msmarco/samples/splade-toy.collection-head.tsv")).Take(20).ToList();

    [Theory]
    [InlineData("msmarco", CollectionFormat.MsMarco)]
    [InlineData("jsonl", CollectionFormat.Jsonl)]
    [InlineData("trec", CollectionFormat.Trec)]
    [InlineData("beir", CollectionFormat.Beir)]
    public void Open_AutoOnEachFormat_DetectsItAndReadsTheSamePassages(string name, CollectionFormat expected)
    {
        using var dir = new TempDir();
        string path = dir.File("collection." + name);
        switch (expected)
        {
            case CollectionFormat.MsMarco: CollectionWriter.Write(path, Sample); break;
            case CollectionFormat.Jsonl: JsonlCollectionWriter.Write(path, Sample); break;
            case CollectionFormat.Trec: TrecDocumentWriter.Write(path, Sample); break;
            default: Beir.BeirWriter.WriteCorpus(path, Sample); break;
        }

        Assert.Equal(expected, CollectionFormats.Detect(path));
        Assert.Equal(Sample, CollectionFormats.Open(path, "auto").ToList());
        Assert.Equal(Sample, CollectionFormats.Open(path, name).ToList());
    }

    [Fact]
    public void Open_JsonlFolder_ReadsFilesInNameOrder()
    {
        using var dir = new TempDir();
        string folder = dir.File("jsonl");
        JsonlCollectionWriter.Write(Path.Combine(folder, "docs01.jsonl"), Sample.Skip(10));
        JsonlCollectionWriter.Write(Path.Combine(folder, "docs00.jsonl"), Sample.Take(10));
        Assert.Equal(CollectionFormat.Jsonl, CollectionFormats.Detect(folder));
        Assert.Equal(Sample, CollectionFormats.Open(folder, CollectionFormat.Auto).ToList());
    }

    [Fact]
    public void Open_BeirFolder_ReadsItsCorpus()
    {
        using var dir = new TempDir();
        string folder = dir.File("beir");
        Beir.BeirWriter.WriteCorpus(Path.Combine(folder, "corpus.jsonl"), Sample);
        File.WriteAllText(Path.Combine(folder, "queries.jsonl"), "{\"_id\":\"q\",\"text\":\"t\"}\n");
        Assert.Equal(Sample, CollectionFormats.Open(folder, CollectionFormat.Auto).ToList());
    }

    [Fact]
    public void Detect_PlainText_ThrowsAskingForTheFormat()
    {
        using var dir = new TempDir();
        string path = dir.File("notes.txt");
        File.WriteAllText(path, "just words\n");
        var ex = Assert.Throws<InputFormatException>(() => CollectionFormats.Detect(path));
        Assert.Contains("name it (auto|msmarco|beir|jsonl|trec)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownName_ThrowsListingTheNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => CollectionFormats.Parse("xml"));
        Assert.Contains("auto|msmarco|beir|jsonl|trec", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonlCollectionReader_NotAnObject_ThrowsWithLine()
    {
        using var dir = new TempDir();
        string path = dir.File("docs.jsonl");
        File.WriteAllText(path, "{\"id\":\"1\",\"contents\":\"a\"}\n[1,2]\n");
        var ex = Assert.Throws<InputFormatException>(() => JsonlCollectionReader.Read(path).ToList());
        Assert.Equal("docs.jsonl:2: expected a JSON object per line", ex.Message);
    }

    [Fact]
    public void JsonlCollectionReader_MojibakeRepair_AppliesToJsonStrings()
    {
        using var dir = new TempDir();
        string path = dir.File("docs.jsonl");
        File.WriteAllText(path, "{\"id\":\"1\",\"contents\":\"don\\u00e2\\u0080\\u0099t\",\"raw\":{\"x\":1}}\n");
        Assert.Equal("don\u2019t", Assert.Single(JsonlCollectionReader.Read(path, new ReadOptions { RepairMojibake = true })).Text);
        Assert.Equal("don\u00E2\u0080\u0099t", Assert.Single(JsonlCollectionReader.Read(path)).Text);
    }
}
