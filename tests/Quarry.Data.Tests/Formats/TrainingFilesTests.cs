using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Training;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class TrainingFilesTests
{
    [Fact]
    public void TriplesReader_SpladeTriples_ReadsAllHundred()
    {
        var triples = TriplesReader.Read(SharedData.Path("msmarco/samples/splade-toy.triples.tsv")).ToList();
        Assert.Equal(100, triples.Count);
        Assert.Equal("is a little caffeine ok during pregnancy", triples[0].Query);
        Assert.All(triples, t => Assert.False(string.IsNullOrEmpty(t.Negative)));
    }

    [Fact]
    public void TriplesWriter_RoundTrip_IsByteIdentical()
    {
        using var dir = new TempDir();
        string source = SharedData.Path("msmarco/samples/splade-toy.triples.tsv");
        string path = dir.File("triples.tsv");
        TriplesWriter.Write(path, TriplesReader.Read(source));
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(path));
    }

    [Fact]
    public void TriplesReader_TwoColumns_ThrowsWithLayout()
    {
        using var dir = new TempDir();
        string path = dir.File("triples.tsv");
        File.WriteAllText(path, "q\tpos\tneg\nq\tpos\n");
        var ex = Assert.Throws<InputFormatException>(() => TriplesReader.Read(path).ToList());
        Assert.Equal("triples.tsv:2: expected 3 tab-separated columns 'query<TAB>positive<TAB>negative', found 2", ex.Message);
    }

    [Fact]
    public void IdTriples_RoundTrip_KeepsIds()
    {
        using var dir = new TempDir();
        string path = dir.File("qidpidtriples.tsv.gz");
        IdTriple[] triples = [new("400296", "1540783", "3518497"), new("662731", "193249", "2975302")];
        IdTriplesWriter.Write(path, triples);
        Assert.Equal(triples, IdTriplesReader.Read(path).ToList());
    }

    [Fact]
    public void IdTriplesReader_EmptyId_Throws()
    {
        using var dir = new TempDir();
        string path = dir.File("ids.tsv");
        File.WriteAllText(path, "1\t\t3\n");
        var ex = Assert.Throws<InputFormatException>(() => IdTriplesReader.Read(path).ToList());
        Assert.Equal("ids.tsv:1: expected a positive passage id, found an empty column", ex.Message);
    }

    [Fact]
    public void Top1000_RoundTrip_KeepsAllFourColumns()
    {
        using var dir = new TempDir();
        string path = dir.File("top1000.dev.tsv");
        Top1000Entry[] entries = [new("188714", "1000052", "foods and supplements to lower blood sugar", "Watch portion sizes."), new("188714", "1000084", "foods and supplements to lower blood sugar", "")];
        Top1000Writer.Write(path, entries);
        Assert.Equal(entries, Top1000Reader.Read(path).ToList());
    }

    [Fact]
    public void Top1000Reader_ThreeColumns_ThrowsWithLayout()
    {
        using var dir = new TempDir();
        string path = dir.File("top1000.tsv");
        File.WriteAllText(path, "1\t2\tquery only\n");
        var ex = Assert.Throws<InputFormatException>(() => Top1000Reader.Read(path).ToList());
        Assert.Equal("top1000.tsv:1: expected 4 tab-separated columns 'qid<TAB>pid<TAB>query<TAB>passage', found 3", ex.Message);
    }
}
