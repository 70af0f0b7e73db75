using Quarry.Eval.TrecEval;
using Xunit;

namespace Quarry.Eval.Tests.TrecEval;

public sealed class CLibTests
{
    [Theory]
    [InlineData(0.03125, "0.0312")] // exact tie: glibc rounds half to even
    [InlineData(0.09375, "0.0938")]
    [InlineData(0.15625, "0.1562")]
    [InlineData(1.0, "1.0000")]
    [InlineData(0.0, "0.0000")]
    [InlineData(-412.66666666666669, "-412.6667")]
    [InlineData(0.30000000000000004, "0.3000")]
    [InlineData(2.0 / 3.0, "0.6667")]
    public void FormatFixed_FourDecimals_MatchesGlibcPrintf(double value, string expected)
    {
        Assert.Equal(expected, CLib.FormatFixed(value, 4));
    }

    [Theory]
    [InlineData(0.2, "0.20")]
    [InlineData(5.0, "5.00")]
    [InlineData(0.35, "0.35")]
    [InlineData(0.125, "0.12")]
    public void FormatFixed_TwoDecimals_NamesCutoffsAsTrecEval(double value, string expected)
    {
        Assert.Equal(expected, CLib.FormatFixed(value, 2));
    }

    [Theory]
    [InlineData("23.4", 23)]
    [InlineData("10", 10)]
    [InlineData("-1", -1)]
    [InlineData("abc", 0)]
    public void Atol_Prefix_ParsesLikeC(string text, long expected)
    {
        Assert.Equal(expected, CLib.Atol(text));
    }

    [Theory]
    [InlineData(".25", 0.25)]
    [InlineData("4.5", 4.5)]
    [InlineData("2x", 2.0)]
    public void Atof_Prefix_ParsesLikeC(string text, double expected)
    {
        Assert.Equal(expected, CLib.Atof(text));
    }

    [Fact]
    public void Formatter_UndefinedValue_PrintsPaddedNanAsGlibc()
    {
        using var dir = new Quarry.Tests.Shared.TempDir();
        File.WriteAllText(dir.File("qrels"), "1 0 A 1\n");
        File.WriteAllText(dir.File("run"), "1 Q0 B 1 1.0 t\n");

        // -J drops the only (unjudged) document: interpolated precision is 0/0, which trec_eval prints as "  -nan".
        string output = TrecCommand.Run("-q -J -m iprec_at_recall.0", dir.File("qrels"), dir.File("run"));

        Assert.StartsWith("iprec_at_recall_0.00  \t1\t  -nan\n", output, StringComparison.Ordinal);
    }
}
