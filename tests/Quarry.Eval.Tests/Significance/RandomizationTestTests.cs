using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class RandomizationTestTests
{
    private static readonly double[] X = [0.61, 0.42, 0.93, 0.15, 0.77, 0.38, 0.55, 0.81, 0.24, 0.69, 0.47, 0.33];
    private static readonly double[] Y = [0.52, 0.45, 0.71, 0.11, 0.74, 0.30, 0.58, 0.62, 0.20, 0.66, 0.31, 0.35];

    [Fact]
    public void Run_SameSeedDifferentThreadCounts_IdenticalResult()
    {
        var one = RandomizationTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Randomization, Seed = 11, Threads = 1, Resamples = 20_500 });
        var four = RandomizationTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Randomization, Seed = 11, Threads = 4, Resamples = 20_500 });
        Assert.Equal(one, four);
    }

    [Fact]
    public void Run_ManyResamples_ApproachesExactPermutationP()
    {
        // With 12 pairs all 4,096 sign patterns can be enumerated: that exact p is the oracle.
        double[] d = [.. X.Zip(Y, (a, b) => a - b)];
        double observed = Math.Abs(d.Sum());
        int extreme = 0;
        for (int mask = 0; mask < 1 << d.Length; mask++)
        {
            double s = 0;
            for (int i = 0; i < d.Length; i++)
            {
                s += (mask >> i & 1) == 0 ? d[i] : -d[i];
            }

            if (Math.Abs(s) >= observed - 1e-12)
            {
                extreme++;
            }
        }

        double exact = extreme / 4096.0;
        var result = RandomizationTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Randomization, Resamples = 200_000, Threads = 2 });
        // The Monte Carlo standard error at 200,000 draws is below 0.0012.
        Assert.InRange(result.PValue, exact - 0.006, exact + 0.006);
    }

    [Fact]
    public void Run_IdenticalSamples_PIsOne()
    {
        var result = RandomizationTest.Run(X, X, new PairedTestOptions { Kind = PairedTestKind.Randomization, Resamples = 1000 });
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentDraws()
    {
        var a = RandomizationTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Randomization, Seed = 1, Resamples = 5000 });
        var b = RandomizationTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Randomization, Seed = 2, Resamples = 5000 });
        Assert.NotEqual(a.Interval, b.Interval);
    }
}
