using Xunit;

namespace Quarry.Fusion.Tests.Methods;

public sealed class ScoreNormalizerTests
{
    [Fact]
    public void MinMax_ThreeScores_MapsToUnitRange()
    {
        double[] s = [3, 2, 1];
        ScoreNormalizer.Apply(ScoreNormalization.MinMax, s);
        Assert.Equal([1.0, 0.5, 0.0], s);
    }

    [Fact]
    public void ZScore_ThreeScores_UsesPopulationDeviation()
    {
        double[] s = [3, 2, 1];
        ScoreNormalizer.Apply(ScoreNormalization.ZScore, s);
        double sd = Math.Sqrt(2.0 / 3.0); // deviations 1, 0, -1 over n = 3
        Assert.Equal(1 / sd, s[0], 12);
        Assert.Equal(0, s[1], 12);
        Assert.Equal(-1 / sd, s[2], 12);
    }

    [Fact]
    public void Sum_ThreeScores_ShiftsByMinAndDividesByShiftedSum()
    {
        double[] s = [3, 2, 1];
        ScoreNormalizer.Apply(ScoreNormalization.Sum, s);
        Assert.Equal(2.0 / 3, s[0], 12);
        Assert.Equal(1.0 / 3, s[1], 12);
        Assert.Equal(0, s[2], 12);
    }

    [Fact]
    public void MinMax_AllEqual_GivesZerosNotNaN()
    {
        double[] s = [4, 4];
        ScoreNormalizer.Apply(ScoreNormalization.MinMax, s);
        Assert.Equal([0.0, 0.0], s);
    }

    [Theory]
    [InlineData("minmax", ScoreNormalization.MinMax)]
    [InlineData("min-max", ScoreNormalization.MinMax)]
    [InlineData("zscore", ScoreNormalization.ZScore)]
    [InlineData("sum", ScoreNormalization.Sum)]
    [InlineData("none", ScoreNormalization.None)]
    public void TryParse_KnownName_Parses(string text, ScoreNormalization expected)
    {
        Assert.True(ScoreNormalizer.TryParse(text, out var n));
        Assert.Equal(expected, n);
    }

    [Fact]
    public void TryParse_UnknownName_Fails() => Assert.False(ScoreNormalizer.TryParse("max", out _));
}
