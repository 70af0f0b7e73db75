using Quarry.Eval.Comparison;
using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Comparison;

public sealed class OrderFlipFinderTests
{
    private static RunComparison Row(string run, double mean) =>
        new(run, mean, new PairedTestResult(PairedTestKind.TTest, 0, 1, 0, new ConfidenceInterval(0, 0, 0.95, "t"), 1), 1, false, 0, 1, 0, [mean]);

    private static QrelsComparison Set(string name, string measure, double baseline, params (string Run, double Mean)[] rows) =>
        new(name, 1, [], [new MeasureComparison(measure, baseline, ["q"], [baseline], rows.Select(r => Row(r.Run, r.Mean)).ToList())]);

    [Fact]
    public void Find_WinsSparseLosesDense_FlagsThePair()
    {
        var sets = new[]
        {
            Set("dev", "RR@10", 0.18, ("tuned", 0.19), ("rm3", 0.16)),
            Set("dl19", "nDCG@10", 0.50, ("tuned", 0.49), ("rm3", 0.52)),
        };
        var flips = OrderFlipFinder.Find(["bm25", "tuned", "rm3"], sets);

        // bm25 vs tuned: loses dev, wins DL. bm25 vs rm3: wins dev, loses DL. tuned vs rm3: wins dev, loses DL.
        Assert.Equal(3, flips.Count);
        var tunedVsRm3 = flips.Single(f => f.SystemA == "tuned" && f.SystemB == "rm3");
        Assert.Equal("dev", tunedVsRm3.First.Qrels);
        Assert.True(tunedVsRm3.First.MeanA > tunedVsRm3.First.MeanB);
        Assert.Equal("dl19", tunedVsRm3.Second.Qrels);
        Assert.True(tunedVsRm3.Second.MeanA < tunedVsRm3.Second.MeanB);
    }

    [Fact]
    public void Find_ConsistentOrder_NoFlags()
    {
        var sets = new[]
        {
            Set("dev", "RR@10", 0.18, ("a", 0.30), ("b", 0.35)),
            Set("dl19", "nDCG@10", 0.50, ("a", 0.70), ("b", 0.73)),
        };
        Assert.Empty(OrderFlipFinder.Find(["bm25", "a", "b"], sets));
    }

    [Fact]
    public void Find_TieOnOneSet_IsNotAFlip()
    {
        var sets = new[]
        {
            Set("dev", "RR@10", 0.2, ("a", 0.2)),
            Set("dl19", "nDCG@10", 0.5, ("a", 0.4)),
        };
        Assert.Empty(OrderFlipFinder.Find(["bm25", "a"], sets));
    }

    [Fact]
    public void Find_PairWithBaseline_CarriesSignificanceOfEachSide()
    {
        var sets = new[]
        {
            Set("dev", "RR@10", 0.2, ("a", 0.25)),
            Set("dl19", "nDCG@10", 0.5, ("a", 0.4)),
        };
        var flip = Assert.Single(OrderFlipFinder.Find(["bm25", "a"], sets));
        Assert.False(flip.First.Significant);
        Assert.False(flip.Second.Significant);

        var runsOnly = OrderFlipFinder.Find(["bm25", "a", "b"], [Set("dev", "RR@10", 0.1, ("a", 0.3), ("b", 0.2)), Set("dl19", "nDCG@10", 0.1, ("a", 0.2), ("b", 0.3))]);
        Assert.Null(runsOnly.Single(f => f.SystemA == "a" && f.SystemB == "b").First.Significant);
    }
}
