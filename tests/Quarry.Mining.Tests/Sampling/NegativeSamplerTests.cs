using Quarry.Mining.Sampling;
using Xunit;

namespace Quarry.Mining.Tests.Sampling;

public sealed class NegativeSamplerTests
{
    [Fact]
    public void Pick_Top_TakesFirstK()
    {
        Assert.Equal([0, 1, 2], NegativeSampler.Pick(10, 3, SamplingStrategy.Top, new QueryRandom(1, "q")));
    }

    [Fact]
    public void Pick_FewerSurvivorsThanK_TakesAll()
    {
        Assert.Equal([0, 1], NegativeSampler.Pick(2, 5, SamplingStrategy.Random, new QueryRandom(1, "q")));
    }

    [Fact]
    public void Pick_Random_DistinctSortedInRangeAndReproducible()
    {
        var a = NegativeSampler.Pick(50, 8, SamplingStrategy.Random, new QueryRandom(7, "1048585"));
        var b = NegativeSampler.Pick(50, 8, SamplingStrategy.Random, new QueryRandom(7, "1048585"));
        Assert.Equal(a, b);
        Assert.Equal(8, a.Distinct().Count());
        Assert.Equal(a.Order(), a);
        Assert.All(a, p => Assert.InRange(p, 0, 49));
        Assert.NotEqual([0, 1, 2, 3, 4, 5, 6, 7], a);
    }

    [Fact]
    public void Pick_Random_DependsOnSeedAndQuery()
    {
        var baseline = NegativeSampler.Pick(100, 8, SamplingStrategy.Random, new QueryRandom(7, "q1"));
        Assert.NotEqual(baseline, NegativeSampler.Pick(100, 8, SamplingStrategy.Random, new QueryRandom(8, "q1")));
        Assert.NotEqual(baseline, NegativeSampler.Pick(100, 8, SamplingStrategy.Random, new QueryRandom(7, "q2")));
    }

    [Fact]
    public void Next_ManyDraws_RoughlyUniform()
    {
        var random = new QueryRandom(3, "u");
        var counts = new int[4];
        for (int i = 0; i < 40_000; i++)
        {
            counts[random.Next(4)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }
}
