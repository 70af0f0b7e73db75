using Quarry.Data.Records;
using Quarry.Data.Runs;
using Xunit;

namespace Quarry.Fusion.Tests.Methods;

public sealed class RunFuserTests
{
    private static void AssertHits((string Doc, double Score)[] expected, Run run, string q)
    {
        var actual = HandRuns.Hits(run, q);
        Assert.Equal(expected.Select(e => e.Doc), actual.Select(a => a.Doc));
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Score, actual[i].Score, 12);
        }
    }

    [Fact]
    public void Rrf_K60_SumsReciprocalRanksFromScoreOrder()
    {
        var result = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Method = FusionMethod.Rrf, K = 60 });
        // d1: ranks 1 and 2; d3: ranks 3 and 1; d2: rank 2 in A; d4: rank 3 in B
        AssertHits(
            [("d1", (1.0 / 61) + (1.0 / 62)), ("d3", (1.0 / 63) + (1.0 / 61)), ("d2", 1.0 / 62), ("d4", 1.0 / 63)],
            result.Run,
            "q1");
    }

    [Fact]
    public void Rrf_EqualScoresInARun_RankedByDocidDescendingAsTrecEval()
    {
        var run = new Run();
        run.Add("q", new ScoredDoc("x", 1.0));
        run.Add("q", new ScoredDoc("y", 1.0));
        var fused = RunFuser.Fuse([run], new FusionOptions { K = 10 }).Run;
        AssertHits([("y", 1.0 / 11), ("x", 1.0 / 12)], fused, "q");
    }

    [Fact]
    public void Rrf_EqualFusedScores_OutputByDocidAscending()
    {
        var a = new Run();
        a.Add("q", new ScoredDoc("b", 1.0));
        var b = new Run();
        b.Add("q", new ScoredDoc("a", 7.0));
        var fused = RunFuser.Fuse([a, b], new FusionOptions()).Run;
        AssertHits([("a", 1.0 / 61), ("b", 1.0 / 61)], fused, "q");
    }

    [Fact]
    public void Rrf_Depth2_IgnoresDocumentsBelowDepth()
    {
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Depth = 2 }).Run;
        AssertHits([("d1", (1.0 / 61) + (1.0 / 62)), ("d3", 1.0 / 61), ("d2", 1.0 / 62)], fused, "q1");
    }

    [Fact]
    public void CombSum_MinMax_AddsNormalisedScores()
    {
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Method = FusionMethod.CombSum }).Run;
        // A: 3,2,1 -> 1, .5, 0; B: .9,.5,.1 -> 1, .5, 0
        AssertHits([("d1", 1.5), ("d3", 1.0), ("d2", 0.5), ("d4", 0.0)], fused, "q1");
    }

    [Fact]
    public void CombMnz_MinMax_MultipliesByRunsRetrieving()
    {
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Method = FusionMethod.CombMnz }).Run;
        AssertHits([("d1", 3.0), ("d3", 2.0), ("d2", 0.5), ("d4", 0.0)], fused, "q1");
    }

    [Fact]
    public void Interpolate_Weights_WeighNormalisedScores()
    {
        var options = new FusionOptions { Method = FusionMethod.Interpolate, Weights = [0.3, 0.7] };
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], options).Run;
        // d1 = .3*1 + .7*.5; d3 = .3*0 + .7*1; d2 = .3*.5; d4 = 0
        AssertHits([("d3", 0.7), ("d1", 0.65), ("d2", 0.15), ("d4", 0.0)], fused, "q1");
    }

    [Fact]
    public void CombSum_NoNormalisation_AddsRawScores()
    {
        var options = new FusionOptions { Method = FusionMethod.CombSum, Normalization = ScoreNormalization.None };
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], options).Run;
        AssertHits([("d1", 3.5), ("d2", 2.0), ("d3", 1.9), ("d4", 0.1)], fused, "q1");
    }

    [Fact]
    public void Fuse_QueryMissingFromARun_UsesTheOthersAndCountsIt()
    {
        var result = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions());
        Assert.Equal(["q1", "q2"], result.Run.QueryIds);
        Assert.Equal([0, 1], result.MissingQueries);
        AssertHits([("e1", 1.0 / 61)], result.Run, "q2");
    }

    [Fact]
    public void Fuse_Hits1_KeepsOnlyTheTop()
    {
        var fused = RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Hits = 1 }).Run;
        Assert.Single(fused["q1"]);
    }

    [Fact]
    public void Fuse_WrongWeightCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => RunFuser.Fuse([HandRuns.A(), HandRuns.B()], new FusionOptions { Weights = [1.0] }));
    }
}
