using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class BootstrapTestTests
{
    private static readonly double[] X = [0.61, 0.42, 0.93, 0.15, 0.77, 0.38, 0.55, 0.81, 0.24, 0.69, 0.47, 0.33, 0.5, 0.9];
    private static readonly double[] Y = [0.52, 0.45, 0.71, 0.11, 0.74, 0.30, 0.58, 0.62, 0.20, 0.66, 0.31, 0.35, 0.5, 0.7];

    [Fact]
    public void Run_SameSeedDifferentThreadCounts_IdenticalResult()
    {
        var options = new PairedTestOptions { Kind = PairedTestKind.Bootstrap, Seed = 5, Resamples = 12_345 };
        var one = BootstrapTest.Run(X, Y, options with { Threads = 1 });
        var three = BootstrapTest.Run(X, Y, options with { Threads = 3 });
        Assert.Equal(one, three);
    }

    [Fact]
    public void Run_Interval_ContainsMeanAndIsNarrowerThanRange()
    {
        var result = BootstrapTest.Run(X, Y, new PairedTestOptions { Kind = PairedTestKind.Bootstrap });
        double[] d = [.. X.Zip(Y, (a, b) => a - b)];
        Assert.InRange(result.MeanDifference, result.Interval.Low, result.Interval.High);
        Assert.True(result.Interval.Low > d.Min() && result.Interval.High < d.Max());
        Assert.Equal("bootstrap-percentile", result.Interval.Method);
    }

    [Fact]
    public void Run_IdenticalSamples_PIsOne()
    {
        Assert.Equal(1.0, BootstrapTest.Run(X, X, new PairedTestOptions { Kind = PairedTestKind.Bootstrap, Resamples = 500 }).PValue);
    }

    [Fact]
    public void Run_LargeConsistentShift_PIsMinimal()
    {
        double[] shifted = [.. X.Select(v => v + 0.3)];
        var result = BootstrapTest.Run(shifted, X, new PairedTestOptions { Kind = PairedTestKind.Bootstrap, Resamples = 999 });
        Assert.Equal(1.0 / 1000, result.PValue, 12);
    }
}
