using System.Globalization;
using System.Text;
using Quarry.Eval.Input;
using Xunit;

namespace Quarry.Eval.Tests.Input;

public sealed class ScoreParserTests
{
    [Theory]
    [InlineData("2.129133")]
    [InlineData("-1.5")]
    [InlineData("+3")]
    [InlineData("0.1")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456789")]
    [InlineData("0.000000000000000000001234")]
    [InlineData("1e-5")]
    [InlineData("-2.5E+3")]
    [InlineData("17.654299999999999")]
    public void TryParse_Numbers_EqualsFullParser(string text)
    {
        Assert.True(ScoreParser.TryParse(Encoding.UTF8.GetBytes(text), out double fast));
        Assert.Equal(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), fast);
    }

    [Fact]
    public void TryParse_RandomFourDecimalScores_BitIdenticalToFullParser()
    {
        var random = new Random(7);
        for (int i = 0; i < 100_000; i++)
        {
            string text = ((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 8))).ToString("F" + random.Next(0, 12), CultureInfo.InvariantCulture);
            Assert.True(ScoreParser.TryParse(Encoding.UTF8.GetBytes(text), out double fast));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(fast));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("1e999")]
    public void TryParse_NotAFiniteNumber_Fails(string text)
    {
        Assert.False(ScoreParser.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }
}
