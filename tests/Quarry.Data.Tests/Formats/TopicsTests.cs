using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Topics;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Data.Tests.Formats;

public sealed class TopicsTests
{
    [Fact]
    public void TrecTopicsReader_NplTopics_ReadsAllTitles()
    {
        var topics = TrecTopicsReader.Read(SharedData.Path("classic/npl-vaswani/query-text.trec")).ToList();
        Assert.Equal(93, topics.Count);
        Assert.Equal(new TrecTopic("1", "MEASUREMENT OF DIELECTRIC CONSTANT OF LIQUIDS BY THE USE OF MICROWAVE TECHNIQUES"), topics[0]);
        Assert.Equal(93, topics.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void TrecTopicsReader_NplTopics_AreExactlyTheJudgedQueries()
    {
        var ids = TrecTopicsReader.Read(SharedData.Path("classic/npl-vaswani/query-text.trec")).Select(t => t.Id).Order(StringComparer.Ordinal);
        var judged = Quarry.Data.Qrels.QrelsReader.Load(SharedData.Path("classic/npl-vaswani/qrels")).QueryIds.Order(StringComparer.Ordinal);
        Assert.Equal(judged, ids);
    }

    [Fact]
    public void TrecTopicsReader_CacmDocTopics_ReadsThemAsTitles()
    {
        var topics = TrecTopicsReader.LoadQueries(SharedData.Path("classic/cacm/topics.cacm.txt"));
        Assert.Equal(64, topics.Count);
        Assert.Equal("1", topics[0].Id);
        Assert.Equal("What articles exist which deal with TSS (Time Sharing System), an operating system for IBM computers?", topics[0].Text);
    }

    [Fact]
    public void TrecTopicsReader_ClassicTrecLayout_ReadsAllFields()
    {
        using var dir = new TempDir();
        string path = dir.File("topics.301.txt");
        File.WriteAllText(path, """
            <top>
            <num> Number: 301
            <title> International Organized Crime

            <desc> Description:
            Identify organizations that participate in
            international criminal activity.

            <narr> Narrative:
            A relevant document must name the organization.
            </top>

            """);
        var topic = Assert.Single(TrecTopicsReader.Read(path));
        Assert.Equal(new TrecTopic("301", "International Organized Crime", "Identify organizations that participate in international criminal activity.", "A relevant document must name the organization."), topic);
    }

    [Fact]
    public void TrecTopicsReader_UnclosedTopic_ThrowsAtItsLine()
    {
        using var dir = new TempDir();
        string path = dir.File("bad.trec");
        File.WriteAllText(path, "<top>\n<num>1</num><title>a</title>\n</top>\n<top>\n<num>2</num><title>b</title>\n");
        var ex = Assert.Throws<InputFormatException>(() => TrecTopicsReader.Read(path).ToList());
        Assert.Equal("bad.trec:4: expected </top>: the topic opened here is never closed", ex.Message);
    }

    [Fact]
    public void TopicsReader_Dl19Tsv_ReadsAllQueries()
    {
        Assert.Equal(43, TopicsReader.Load(SharedData.Path("dl19/topics.dl19-passage.txt")).Count);
    }

    [Fact]
    public void TopicsWriter_RoundTrip_KeepsLeadingSpace()
    {
        using var dir = new TempDir();
        string path = dir.File("q.tsv");
        var queries = TopicsReader.Load(SharedData.Path("msmarco/topics.msmarco-passage.dev-subset.txt"));
        TopicsWriter.Write(path, queries);
        Assert.Equal(File.ReadAllBytes(SharedData.Path("msmarco/topics.msmarco-passage.dev-subset.txt")), File.ReadAllBytes(path));
    }
}
