using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Compare;

public sealed class CompareBadInputTests
{
    private static string Qrels => SharedData.Path("dl19/qrels.dl19-passage.txt");

    private static string Bm25 => SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz");

    private static void AssertOneLineError(CliResult result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        string error = result.StdErr.Trim();
        Assert.StartsWith("quarry compare: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnknownMeasure_NamesIt()
    {
        AssertOneLineError(CliProcess.Run("compare", Qrels, Bm25, Bm25, "-m", "nDCG@ten"), "nDCG@ten");
    }

    [Fact]
    public void Compare_MalformedRun_NamesFileAndLine()
    {
        using var tmp = new TempDir();
        string bad = tmp.File("bad.run");
        File.WriteAllText(bad, "19335 Q0 1017759 1 12.5 tag\n19335 Q0 1082489 2 not-a-score tag\n");
        AssertOneLineError(CliProcess.Run("compare", Qrels, Bm25, bad, "-m", "nDCG@10"), "bad.run:2:");
    }

    [Fact]
    public void Compare_MissingRunFile_SaysSo()
    {
        using var tmp = new TempDir();
        AssertOneLineError(CliProcess.Run("compare", Qrels, Bm25, tmp.File("absent.run"), "-m", "nDCG@10"), "absent.run");
    }

    [Fact]
    public void Compare_OnlyOneRun_ExplainsWhatIsExpected()
    {
        AssertOneLineError(CliProcess.Run("compare", Qrels, Bm25, "-m", "nDCG@10"), "baseline run and at least one run");
    }

    [Fact]
    public void Compare_UnknownTest_ListsChoices()
    {
        AssertOneLineError(CliProcess.Run("compare", Qrels, Bm25, Bm25, "-m", "nDCG@10", "--test", "sign"), "t, wilcoxon, randomization or bootstrap");
    }

    [Fact]
    public void Compare_HtmlNotWrittenOnError()
    {
        using var tmp = new TempDir();
        string html = tmp.File("r.html");
        var result = CliProcess.Run("compare", Qrels, Bm25, tmp.File("absent.run"), "-m", "nDCG@10", "--html", html);
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(html));
    }
}
