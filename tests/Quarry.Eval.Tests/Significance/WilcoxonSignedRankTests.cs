using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class WilcoxonSignedRankTests
{
    [Theory]
    [InlineData("wilcox", WilcoxonZeroMethod.Wilcox)]
    [InlineData("pratt", WilcoxonZeroMethod.Pratt)]
    [InlineData("zsplit", WilcoxonZeroMethod.ZSplit)]
    public void Compute_ScipyReferenceArrays_MatchesWilcoxonTo1e9(string scipyName, WilcoxonZeroMethod method)
    {
        var cases = ScipyCase.Load();
        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            double[] d = [.. c.A.Zip(c.B, (a, b) => a - b)];
            var (statistic, p) = WilcoxonSignedRank.Compute(d, method);
            var expected = c.Wilcoxon[scipyName];
            Assert.Equal(expected.Statistic, statistic);
            Assert.True(Math.Abs(p - expected.PValue) < 1e-9, $"{c} {scipyName}: p {p:R} vs SciPy {expected.PValue:R}");
        }
    }

    [Fact]
    public void Run_IdenticalSamples_PIsOne()
    {
        double[] x = [0.3, 0.2, 0.9];
        Assert.Equal(1.0, WilcoxonSignedRank.Run(x, x, new PairedTestOptions { Kind = PairedTestKind.Wilcoxon }).PValue);
    }

    [Fact]
    public void Compute_MirroredDifferences_SamePValue()
    {
        double[] d = [0.5, -0.2, 0.3, 0.3, 0, 0.8, -0.1, 0.05];
        double[] mirrored = [.. d.Select(v => -v)];
        foreach (var method in Enum.GetValues<WilcoxonZeroMethod>())
        {
            Assert.Equal(WilcoxonSignedRank.Compute(d, method).PValue, WilcoxonSignedRank.Compute(mirrored, method).PValue, 15);
        }
    }

    [Fact]
    public void Compute_AllPositiveDifferences_StatisticIsZeroAndPSmall()
    {
        double[] d = [.. Enumerable.Range(1, 30).Select(i => i * 0.01)];
        var (statistic, p) = WilcoxonSignedRank.Compute(d, WilcoxonZeroMethod.Wilcox);
        Assert.Equal(0, statistic);
        // z = -mean/sd with mean = 30·31/4 and sd = sqrt(30·31·61/24); the tail is far below 1e-5.
        Assert.True(p < 1e-5, $"p = {p}");
    }
}
