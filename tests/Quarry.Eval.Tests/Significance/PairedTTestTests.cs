using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class PairedTTestTests
{
    [Fact]
    public void Run_ScipyReferenceArrays_MatchesTtestRelTo1e9()
    {
        var cases = ScipyCase.Load();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            var result = PairedTTest.Run(c.A, c.B);
            Assert.True(Math.Abs(result.Statistic - c.TStatistic) < 1e-9, $"{c}: t {result.Statistic} vs SciPy {c.TStatistic}");
            Assert.True(Math.Abs(result.PValue - c.TPValue) < 1e-9, $"{c}: p {result.PValue:R} vs SciPy {c.TPValue:R}");
        }
    }

    [Fact]
    public void Run_IdenticalSamples_PIsOneAndIntervalIsZero()
    {
        double[] x = [0.1, 0.5, 0.9, 0.3];
        var result = PairedTTest.Run(x, x);
        Assert.Equal(1.0, result.PValue);
        Assert.Equal(0.0, result.Interval.Low);
        Assert.Equal(0.0, result.Interval.High);
    }

    [Fact]
    public void Run_SwappedSamples_SameP_OppositeStatistic()
    {
        double[] x = [0.1, 0.5, 0.9, 0.3, 0.7];
        double[] y = [0.2, 0.4, 0.5, 0.1, 0.65];
        var forward = PairedTTest.Run(x, y);
        var backward = PairedTTest.Run(y, x);
        Assert.Equal(forward.PValue, backward.PValue, 15);
        Assert.Equal(-forward.Statistic, backward.Statistic, 12);
        Assert.Equal(-forward.Interval.High, backward.Interval.Low, 12);
    }

    [Fact]
    public void Run_IntervalAndPValue_AgreeOnSignificance()
    {
        // Duality of the t-test and the t interval: 0 lies outside the 95% interval exactly when p < 0.05.
        var random = new SplitMix64(7);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 5 + trial % 40;
            double shift = (trial % 7) * 0.02;
            var x = new double[n];
            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = random.Next() / (double)ulong.MaxValue;
                y[i] = x[i] - shift + (random.Next() / (double)ulong.MaxValue - 0.5) * 0.3;
            }

            var r = PairedTTest.Run(x, y);
            bool excludesZero = r.Interval.Low > 0 || r.Interval.High < 0;
            Assert.Equal(r.PValue < 0.05, excludesZero);
            Assert.InRange(r.MeanDifference, r.Interval.Low, r.Interval.High);
        }
    }
}
