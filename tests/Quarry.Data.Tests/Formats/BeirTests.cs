using Quarry.Data.Beir;
using Quarry.Data.IO;
using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class BeirTests
{
    private static string MakeDataset(TempDir dir)
    {
        string root = dir.File("scifact");
        Directory.CreateDirectory(Path.Combine(root, "qrels"));
        File.WriteAllText(Path.Combine(root, "corpus.jsonl"),
            """
            {"_id": "4983", "title": "Microstructural development", "text": "Alterations of the architecture of cerebral white matter.", "metadata": {"year": 2002, "tags": ["a", "b"]}}
            {"_id": 5836, "text": "Induction of myelodysplasia.", "title": ""}

            """);
        File.WriteAllText(Path.Combine(root, "queries.jsonl"), "{\"_id\": \"1\", \"text\": \"0-dimensional biomaterials show inductive properties.\", \"metadata\": {}}\n");
        File.WriteAllText(Path.Combine(root, "qrels", "test.tsv"), "query-id\tcorpus-id\tscore\n1\t4983\t1\n1\t5836\t0\n");
        return root;
    }

    [Fact]
    public void BeirCorpusReader_MetadataAndNumericId_ReadsIdTitleText()
    {
        using var dir = new TempDir();
        var dataset = new BeirDataset(MakeDataset(dir));
        var docs = BeirCorpusReader.Read(dataset.CorpusPath).ToList();
        Assert.Equal(
            [new Passage("4983", "Alterations of the architecture of cerebral white matter.", "Microstructural development"), new Passage("5836", "Induction of myelodysplasia.")],
            docs);
    }

    [Fact]
    public void BeirDataset_Folder_FindsQueriesAndSplits()
    {
        using var dir = new TempDir();
        var dataset = new BeirDataset(MakeDataset(dir));
        Assert.Equal(["test"], dataset.Splits);
        Assert.Equal(new Query("1", "0-dimensional biomaterials show inductive properties."), Assert.Single(BeirQueriesReader.Load(dataset.QueriesPath!)));
        var qrels = BeirQrelsReader.Load(dataset.QrelsPath("test"));
        Assert.Equal(1, qrels["1"]["4983"]);
        Assert.Equal(0, qrels["1"]["5836"]);
        Assert.Equal(qrels.All(), QrelsReader.Load(dataset.QrelsPath("test")).All());
        var ex = Assert.Throws<InputFormatException>(() => dataset.QrelsPath("dev"));
        Assert.Contains("splits present: test", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeirQrelsReader_NoHeader_Throws()
    {
        using var dir = new TempDir();
        string path = dir.File("test.tsv");
        File.WriteAllText(path, "1\t4983\t1\n");
        var ex = Assert.Throws<InputFormatException>(() => BeirQrelsReader.Read(path).ToList());
        Assert.Equal("test.tsv:1: expected the BEIR header 'query-id<TAB>corpus-id<TAB>score'", ex.Message);
    }

    [Fact]
    public void BeirCorpusReader_MissingText_ThrowsNamingTheField()
    {
        using var dir = new TempDir();
        string path = dir.File("corpus.jsonl");
        File.WriteAllText(path, "{\"_id\": \"1\", \"text\": \"ok\"}\n{\"_id\": \"2\", \"title\": \"no text\"}\n");
        var ex = Assert.Throws<InputFormatException>(() => BeirCorpusReader.Read(path).ToList());
        Assert.Equal("corpus.jsonl:2: missing field 'text'", ex.Message);
    }

    [Fact]
    public void BeirCorpusReader_BadJson_ThrowsWithLine()
    {
        using var dir = new TempDir();
        string path = dir.File("corpus.jsonl");
        File.WriteAllText(path, "{\"_id\": \"1\", \"text\": \"ok\"}\n{\"_id\": \"2\", \"text\": \"unterminated}\n");
        var ex = Assert.Throws<InputFormatException>(() => BeirCorpusReader.Read(path).ToList());
        Assert.StartsWith("corpus.jsonl:2: bad JSON at byte ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeirWriter_RoundTrip_ReadsBackCorpusQueriesQrels()
    {
        using var src = new TempDir();
        var dataset = new BeirDataset(MakeDataset(src));
        using var dir = new TempDir();
        string root = dir.File("copy");
        BeirWriter.WriteCorpus(Path.Combine(root, "corpus.jsonl.gz"), BeirCorpusReader.Read(dataset.CorpusPath));
        BeirWriter.WriteQueries(Path.Combine(root, "queries.jsonl"), BeirQueriesReader.Read(dataset.QueriesPath!));
        BeirWriter.WriteQrels(Path.Combine(root, "qrels", "test.tsv"), BeirQrelsReader.Read(dataset.QrelsPath("test")));
        var copy = new BeirDataset(root);
        Assert.Equal(BeirCorpusReader.Read(dataset.CorpusPath), BeirCorpusReader.Read(copy.CorpusPath));
        Assert.Equal(BeirQueriesReader.Load(dataset.QueriesPath!), BeirQueriesReader.Load(copy.QueriesPath!));
        Assert.Equal(File.ReadAllText(dataset.QrelsPath("test")), File.ReadAllText(copy.QrelsPath("test")));
    }
}
