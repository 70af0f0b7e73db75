using Quarry.Data.Records;
using Quarry.Mining.Report;
using Xunit;

namespace Quarry.Mining.Tests.Pipeline;

public sealed class BadInputTests
{
    [Fact]
    public void Run_EachKindOfBadInput_CountedNotFatal()
    {
        using var s = new Scenario();
        s.Queries["ok"] = "fine query";
        s.Queries["short"] = "short list";
        s.Queries["notext"] = "positive missing";
        s.Queries["nolabel"] = "no labels";
        s.Queries["labelled-no-run"] = "never retrieved";
        s.Labels.Add(new Qrel("ok", "p", 1));
        s.Labels.Add(new Qrel("short", "p", 1));
        s.Labels.Add(new Qrel("notext", "ghost", 1));
        s.Labels.Add(new Qrel("unknown", "p", 1));
        s.Labels.Add(new Qrel("labelled-no-run", "p", 1));
        s.Passages["p"] = "a positive";
        s.Passages["a"] = "first";
        s.Passages["b"] = "second";
        s.Candidates("ok", "a", "b");
        s.Candidates("short", "a");
        s.Candidates("notext", "a", "b");
        s.Candidates("nolabel", "a", "b");
        s.Candidates("unknown", "a", "b");

        var (ids, r) = s.Run(new MiningOptions { Skip = 1 });
        Assert.Equal("ok\tp\tb\nnotext\tghost\tb\n", ids);
        Assert.Equal(5, r.QueriesProcessed);
        Assert.Equal(1, r.QueryDrops[(int)QueryDrop.QueryTextMissing]);
        Assert.Equal(1, r.QueryDrops[(int)QueryDrop.ShortCandidateList]);
        Assert.Equal(1, r.QueryDrops[(int)QueryDrop.NoPositive]);
        Assert.Equal(1, r.PositivesMissingText);
        Assert.Equal(1, r.LabelledQueriesMissingFromQueries);
        Assert.Equal(1, r.LabelledQueriesWithoutCandidates);

        // A text format cannot write a positive it has no text for: that query is dropped and said so.
        var (text, rt) = s.Run(new MiningOptions { Skip = 1 }, "triples-text");
        Assert.Equal("fine query\ta positive\tsecond\n", text);
        Assert.Equal(1, rt.QueryDrops[(int)QueryDrop.PositiveTextMissing]);
    }

    [Fact]
    public void Run_SentenceTransformersFewerThanK_QueryDroppedAndCounted()
    {
        using var s = FilterPipelineTests.Simple(out _);
        var (output, report) = s.Run(new MiningOptions { Negatives = 20 }, "sentence-transformers");
        Assert.Equal("", output);
        Assert.Equal(1, report.QueryDrops[(int)QueryDrop.FewerThanKNegatives]);
        Assert.Equal(1, report.NegativesHistogram[0]);
    }
}
