using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    [InlineData(0.0, 1.0)]
    [InlineData(3.2905267314918945, 0.001)]
    public void TwoSidedP_KnownQuantiles_GiveTheirLevels(double z, double expected)
    {
        Assert.True(Math.Abs(StandardNormal.TwoSidedP(z) - expected) < 1e-13, $"z={z}: {StandardNormal.TwoSidedP(z):R}");
    }

    [Fact]
    public void Sf_AcrossTheSeriesAndContinuedFractionBoundary_IsSmooth()
    {
        // erfc switches method at x = 2 (z = 2√2); both sides must agree with each other closely.
        double z = 2 * Math.Sqrt(2);
        double below = StandardNormal.Sf(z - 1e-9);
        double above = StandardNormal.Sf(z + 1e-9);
        Assert.True(below > above);
        Assert.True((below - above) / below < 1e-7);
    }
}
