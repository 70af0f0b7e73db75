using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class StudentTTests
{
    [Theory]
    // Classical table values of the 0.975 quantile.
    [InlineData(1, 12.706204736174707)]
    [InlineData(10, 2.2281388519649385)]
    public void Quantile_975_MatchesTables(int df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 9);
    }

    [Fact]
    public void TwoSidedP_OneDegreeOfFreedom_IsCauchyTail()
    {
        // With ν = 1, T is Cauchy: P(|T| ≥ t) = 1 - 2·atan(t)/π, an independent closed form.
        foreach (double t in new[] { 0.01, 0.5, 1, 3, 40, 1e4 })
        {
            double expected = 1 - 2 * Math.Atan(t) / Math.PI;
            Assert.True(Math.Abs(StudentT.TwoSidedP(t, 1) - expected) < 1e-13 * Math.Max(1, 1 / expected), $"t={t}");
        }
    }

    [Fact]
    public void TwoSidedP_TwoDegreesOfFreedom_MatchesClosedForm()
    {
        // With ν = 2: P(|T| ≥ t) = 1 - t / sqrt(2 + t²).
        foreach (double t in new[] { 0.001, 0.3, 2, 9, 100 })
        {
            Assert.Equal(1 - t / Math.Sqrt(2 + t * t), StudentT.TwoSidedP(t, 2), 13);
        }
    }

    [Fact]
    public void Quantile_TwoDegreesOfFreedom_MatchesClosedForm()
    {
        // With ν = 2 the quantile is (2p - 1) / sqrt(2p(1 - p)).
        foreach (double p in new[] { 0.6, 0.9, 0.975, 0.999 })
        {
            Assert.Equal((2 * p - 1) / Math.Sqrt(2 * p * (1 - p)), StudentT.Quantile(p, 2), 10);
        }
    }

    [Fact]
    public void TwoSidedP_Zero_IsOne()
    {
        Assert.Equal(1.0, StudentT.TwoSidedP(0, 17));
    }
}
