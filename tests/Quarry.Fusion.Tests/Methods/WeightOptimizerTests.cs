using Xunit;

namespace Quarry.Fusion.Tests.Methods;

public sealed class WeightOptimizerTests
{
    [Fact]
    public void Optimize_TwoRuns_FindsFirstGridPointWhereD3LeadsFirst()
    {
        // Interpolated min-max scores: d1 = wA + .5 wB, d3 = wB; with wA + wB = 1, d3 leads iff wA < 1/3.
        // The grid is tried with wA from 1.0 down, so the first winner is wA = 0.3.
        var options = new FusionOptions { Method = FusionMethod.Interpolate };
        var result = WeightOptimizer.Optimize([HandRuns.A(), HandRuns.B()], options, run => run["q1"][0].DocId == "d3" ? 1 : 0);
        Assert.Equal(0.3, result.BestWeights[0], 12);
        Assert.Equal(0.7, result.BestWeights[1], 12);
        Assert.Equal(1, result.BestValue);
        Assert.Equal(11, result.Trials.Count);
    }

    [Fact]
    public void Compositions_ThreeRunsTenthSteps_Counts66()
    {
        var all = WeightOptimizer.Compositions(10, 3).ToList();
        Assert.Equal(66, all.Count);
        Assert.All(all, c => Assert.Equal(10, c.Sum()));
        Assert.Equal([10, 0, 0], all[0]);
    }
}
