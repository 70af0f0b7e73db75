using System.Text.Json;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Eval;

/// <summary>`quarry eval` run as a user runs it: trec_eval's command lines, byte-identical output, clear errors.</summary>
public sealed class EvalCliTests
{
    private static string T(string file) => SharedData.Path("trec_eval-tests/" + file);

    [Fact]
    public void Eval_DefaultMeasures_PrintsTrecEvalOfficialOutput()
    {
        var r = CliProcess.Run("eval", T("qrels.test"), T("results.test"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(T("expected-v9.0.8/out.test")), r.StdOut);
    }

    [Fact]
    public void Eval_GluedFlagsAllTrecPerQueryComplete_MatchesTrecEval()
    {
        var r = CliProcess.Run("eval", "-m", "all_trec", "-q", "-c", "-M100", T("qrels.test"), T("results.trunc"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(T("expected-v9.0.8/out.test.aqcM")), r.StdOut);
    }

    [Fact]
    public void Eval_MeasureParameters_MatchesTrecEval()
    {
        var r = CliProcess.Run(
            "eval", "-q", "-miprec_at_recall..10,.20,.25,.75,.50", "-m", "P.5,7,3", "-m", "recall.20,2000", "-m", "Rprec_mult.5.0,0.2,0.35",
            "-mutility.2,-1,0,0", "-m", "11pt_avg..25,.5,.75", "-mndcg.1=3,2=9,4=4.5", "-mndcg_cut.10,20,23.4", "-msuccess.2,5,20",
            T("qrels.test"), T("results.test"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(T("expected-v9.0.8/out.test.meas_params")), r.StdOut);
    }

    [Fact]
    public void Eval_MrrAt10OnGzippedDlRun_MatchesReferenceLine()
    {
        string reference = File.ReadLines(SharedData.Path("dl19/runs/trec_eval-v9.0.8-reference.dl19.txt"))
            .SkipWhile(l => !(l.Contains("run=rank_llm.SPLADE_P_P_ENSEMBLE_DISTIL", StringComparison.Ordinal) && l.Contains("-M 10", StringComparison.Ordinal)))
            .Skip(1).First();

        var r = CliProcess.Run("eval", "-c", "-M", "10", "-m", "recip_rank",
            SharedData.Path("dl19/qrels.dl19-passage.txt"), SharedData.Path("dl19/runs/rank_llm.SPLADE_P_P_ENSEMBLE_DISTIL.trec_results_dl19.top100.txt.gz"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(reference + "\n", r.StdOut);
    }

    [Fact]
    public void Eval_IrMeasuresNames_PrintUnderTheirOwnNamesWithTrecEvalValues()
    {
        string qrels = SharedData.Path("dl19/qrels.dl19-passage.txt");
        string run = SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz");

        var ir = CliProcess.Run("eval", "-c", "-m", "RR@10", "-m", "nDCG@10", "-m", "AP(rel=2)", qrels, run);
        var trec = CliProcess.Run("eval", "-c", "-m", "ndcg_cut.10", "-l2", "-m", "map", qrels, run);
        var rr = CliProcess.Run("eval", "-c", "-M10", "-m", "recip_rank", qrels, run);

        Assert.Equal(0, ir.ExitCode);
        string[] lines = ir.StdOut.Split('\n');
        Assert.Equal("RR@10                 \tall\t" + rr.StdOut.Split('\t')[2].Trim(), lines[0]);
        Assert.Equal("nDCG@10               \tall\t" + Value(trec.StdOut, "ndcg_cut_10"), lines[1]);
        Assert.Equal("AP(rel=2)             \tall\t" + Value(trec.StdOut, "map"), lines[2]);
    }

    [Fact]
    public void Eval_JsonFormat_GivesSummaryAndPerQueryValues()
    {
        var r = CliProcess.Run("eval", "--format", "json", "-q", "-m", "map", "-m", "num_ret", T("qrels.test"), T("results.test"));

        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StdOut);
        var root = doc.RootElement;
        Assert.Equal("STANDARD", root.GetProperty("run_id").GetString());
        Assert.Equal(0.1785, root.GetProperty("summary").GetProperty("map").GetDouble(), 4);
        Assert.Equal(1500, root.GetProperty("summary").GetProperty("num_ret").GetInt64());
        Assert.Equal(3, root.GetProperty("per_query").EnumerateObject().Count());
    }

    [Fact]
    public void Eval_OutputFileNoSummaryPerQuery_WritesTrecEvalLinesToFile()
    {
        using var dir = new TempDir();
        string output = dir.File("eval.txt");

        var r = CliProcess.Run("eval", "-q", "-n", "-m", "P.5", "-o", output, T("qrels.test"), T("results.test"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.StdOut);
        string expectedPerQuery = string.Concat(File.ReadLines(T("expected-v9.0.8/out.test.aq"))
            .Where(l => l.StartsWith("P_5 ", StringComparison.Ordinal) && !l.Contains("\tall\t", StringComparison.Ordinal))
            .Select(l => l + "\n"));
        Assert.Equal(expectedPerQuery, File.ReadAllText(output));
    }

    [Fact]
    public void Eval_MalformedRunWithOutputFile_ClearErrorAndNoFile()
    {
        using var dir = new TempDir();
        string run = dir.File("bad-run.txt");
        File.WriteAllText(run, "301 Q0 FR940202-2-00150 1 2.5 tag\n301 Q0 FR940202-2-00151 2 high tag\n");
        string output = dir.File("out.txt");

        var r = CliProcess.Run("eval", "-o", output, T("qrels.test"), run);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad-run.txt:2:", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("'high'", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(["bad-run.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName)); // no temporary left behind
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void Eval_DuplicateDocument_RefusedWithLine()
    {
        using var dir = new TempDir();
        string run = dir.File("dup.txt");
        File.WriteAllText(run, "301 Q0 D1 1 2.5 t\n301 Q0 D1 2 1.5 t\n");

        var r = CliProcess.Run("eval", T("qrels.test"), run);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("dup.txt:2:", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("twice", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_EmptyQrels_ClearError()
    {
        using var dir = new TempDir();
        string qrels = dir.File("empty.qrels");
        File.WriteAllText(qrels, "");

        var r = CliProcess.Run("eval", qrels, T("results.test"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("empty.qrels", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("empty", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_UnknownMeasure_ListsAcceptedNames()
    {
        var r = CliProcess.Run("eval", "-m", "MRR@ten", T("qrels.test"), T("results.test"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown measure 'MRR@ten'", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("RR@10", r.StdErr, StringComparison.Ordinal);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void Eval_Help_ExplainsTrecEvalFlags()
    {
        var r = CliProcess.Run("eval", "--help");

        Assert.Equal(0, r.ExitCode);
        foreach (string flag in new[] { "-q", "-c", "-n", "-M", "-l", "-m", "--format", "all_trec", "RR@10" })
        {
            Assert.Contains(flag, r.StdOut, StringComparison.Ordinal);
        }
    }

    private static string Value(string output, string measure) =>
        output.Split('\n').Select(l => l.Split('\t')).First(f => f[0].TrimEnd() == measure)[2];
}
