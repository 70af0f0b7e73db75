using Quarry.Data.Classic;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Classic;

/// <summary>The classic readers against the counts the original distributions document.</summary>
public sealed class ClassicCollectionsTests
{
    [Theory]
    [InlineData("cranfield", "cranfield", 1400, 225, 225, 0)]
    [InlineData("cisi", "cisi", 1460, 112, 76, 0)]
    [InlineData("med", "med", 1033, 30, 30, 0)]
    [InlineData("adi", "adi", 82, 35, 35, 0)]
    [InlineData("npl", "npl-vaswani", 11429, 93, 93, 0)]
    [InlineData("cacm", "cacm", 3204, 64, 52, 55)]
    [InlineData("cacm-original", "cacm", 3204, 64, 52, 0)]
    public void Load_EachCollection_HasTheDocumentedCounts(string name, string folder, int documents, int queries, int judgedQueries, int unmatchedQrels)
    {
        var c = ClassicCollections.Load(name, SharedData.Path("classic/" + folder));
        Assert.Equal(documents, c.Documents.Count);
        Assert.Equal(queries, c.Queries.Count);
        Assert.Equal(judgedQueries, c.Qrels.Select(q => q.QueryId).Distinct().Count());
        // Cranfield documents 471 and 995 have no title and no text in the original file.
        Assert.Equal(name == "cranfield" ? 2 : 0, c.Documents.Count(d => string.IsNullOrWhiteSpace(d.Text)));
        Assert.All(c.Queries, q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
        var ids = c.Documents.Select(d => d.Id).ToHashSet();
        Assert.Equal(documents, ids.Count);

        // Anserini's CACM qrels name 55 documents without zero padding (CACM-756), so they never match: kept as shipped.
        Assert.Equal(unmatchedQrels, c.Qrels.Count(q => !ids.Contains(q.DocId)));
    }

    [Fact]
    public void Cranfield_QrelCodes_MapToGainsWithOneMostRelevant()
    {
        var c = ClassicCollections.Cranfield(SharedData.Path("classic/cranfield"));
        // cranqrel's first line is "1 184 2": code 2 becomes gain 3; code -1 becomes 0.
        Assert.Contains(c.Qrels, q => q is { QueryId: "1", DocId: "184", Relevance: 3 });
        Assert.Equal(225, c.Qrels.Count(q => q.Relevance == 0));
        Assert.Equal(128, c.Qrels.Count(q => q.Relevance == 4));
        Assert.StartsWith("what similarity laws", c.Queries[0].Text);
        Assert.Equal("225", c.Queries[^1].Id);
    }

    [Fact]
    public void HtmlText_CacmMarkup_DropsTagsButKeepsComparisonSigns()
    {
        Assert.Equal("of 10^x, (0<=x<1) for A & B", HtmlText.Extract("<html>\n<pre>\nof 10^x, (0<=x<1) for A &amp; B\n</pre>\n</html>"));
    }

    [Fact]
    public void SmartFormat_CrLfRecords_ReadsFieldsAndIds()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("x.all"), ".I 001\r\n.T\r\nA title\r\n.W\r\nline one\r\nline two\r\n.I 2\r\n.W\r\nsecond\r\n");
        var records = SmartFormat.Read(dir.File("x.all")).ToList();
        Assert.Equal(["001", "2"], records.Select(r => r.Id));
        Assert.Equal("A title\nline one\nline two", records[0].Join('T', 'W'));
        Assert.Equal("second", records[1].Join('T', 'W'));
    }
}
