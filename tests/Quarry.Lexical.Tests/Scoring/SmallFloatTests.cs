using Quarry.Lexical.Scoring;
using Xunit;

namespace Quarry.Lexical.Tests.Scoring;

public sealed class SmallFloatTests
{
    [Fact]
    public void IntToByte4_LengthsBelowForty_AreExact()
    {
        // 0..23 are stored as themselves; 24..39 fall in the first 4-bit bucket with shift 0.
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal(i, SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(i)));
        }
    }

    [Theory]
    [InlineData(41, 40)]
    [InlineData(55, 54)]
    [InlineData(100, 96)]
    [InlineData(1000, 984)]
    public void Byte4ToInt_LongLengths_RoundDownToFourSignificantBits(int length, int decoded) =>
        Assert.Equal(decoded, SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(length)));

    [Fact]
    public void IntToByte4_IsMonotonicAndNeverRoundsUp()
    {
        byte previous = 0;
        for (int i = 0; i < 200_000; i += (i / 100) + 1)
        {
            byte code = SmallFloat.IntToByte4(i);
            Assert.True(code >= previous);
            Assert.True(SmallFloat.Byte4ToInt(code) <= i);
            previous = code;
        }

        Assert.Equal(255, SmallFloat.IntToByte4(int.MaxValue));
    }
}
