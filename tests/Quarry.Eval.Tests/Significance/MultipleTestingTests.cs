using Quarry.Eval.Significance;
using Xunit;

namespace Quarry.Eval.Tests.Significance;

public sealed class MultipleTestingTests
{
    // Worked by hand from the definitions: sorted p = 0.005, 0.01, 0.03, 0.04 with m = 4.
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005];

    [Fact]
    public void Adjust_Bonferroni_MultipliesByM()
    {
        AssertClose([0.04, 0.16, 0.12, 0.02], MultipleTesting.Adjust(P, Correction.Bonferroni));
    }

    [Fact]
    public void Adjust_Holm_StepsDownWithRunningMaximum()
    {
        // 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 = 0.04 raised to 0.06.
        AssertClose([0.03, 0.06, 0.06, 0.02], MultipleTesting.Adjust(P, Correction.Holm));
    }

    [Fact]
    public void Adjust_BenjaminiHochberg_StepsUpWithRunningMinimum()
    {
        // 0.04·4/4 = 0.04, 0.03·4/3 = 0.04, 0.01·4/2 = 0.02, 0.005·4/1 = 0.02.
        AssertClose([0.02, 0.04, 0.04, 0.02], MultipleTesting.Adjust(P, Correction.BenjaminiHochberg));
    }

    [Fact]
    public void Adjust_None_KeepsValuesAndNaNIsNotCounted()
    {
        Assert.Equal(P, MultipleTesting.Adjust(P, Correction.None));
        var adjusted = MultipleTesting.Adjust([0.01, double.NaN, 0.02], Correction.Bonferroni);
        AssertClose([0.02, double.NaN, 0.04], adjusted);
    }

    [Fact]
    public void Parse_Names_RoundTrip()
    {
        foreach (var c in Enum.GetValues<Correction>())
        {
            Assert.Equal(c, MultipleTesting.Parse(MultipleTesting.Name(c)));
        }

        Assert.Null(MultipleTesting.Parse("sidak"));
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }
}
