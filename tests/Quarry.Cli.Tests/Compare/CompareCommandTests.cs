using System.Text.Json;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval;
using Quarry.Eval.Significance;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Compare;

public sealed class CompareCommandTests
{
    private static string Qrels => SharedData.Path("dl19/qrels.dl19-passage.txt");

    private static string RunPath(string system) => SharedData.Path($"dl19/runs/rank_llm.{system}.trec_results_dl19.top100.txt.gz");

    [Fact]
    public void Json_Bm25TasbSplade_PValuesEqualLibraryTTestOnPerQueryValues()
    {
        using var tmp = new TempDir();
        string html = tmp.File("report.html");
        var result = CliProcess.Run("compare", Qrels, "bm25=" + RunPath("BM25"), "tasb=" + RunPath("D_BERT_KD_TASB"), "splade=" + RunPath("SPLADE_P_P_ENSEMBLE_DISTIL"),
            "-m", "nDCG@10", "-m", "AP(rel=2)", "--format", "json", "--html", html);
        Assert.True(result.ExitCode == 0, result.StdErr);

        using var doc = JsonDocument.Parse(result.StdOut);
        var qrels = QrelsReader.Load(Qrels);
        var queries = qrels.QueryIds.Order(StringComparer.Ordinal).ToList();
        var baseline = RunReader.Load(RunPath("BM25"));
        var measures = doc.RootElement.GetProperty("qrels")[0].GetProperty("measures");
        Assert.Equal(2, measures.GetArrayLength());
        foreach (var m in measures.EnumerateArray())
        {
            var measure = Measure.Parse(m.GetProperty("measure").GetString()!);
            var b = Evaluator.PerQuery(qrels, baseline, measure, true);
            foreach (var c in m.GetProperty("comparisons").EnumerateArray())
            {
                string system = c.GetProperty("run").GetString() == "tasb" ? "D_BERT_KD_TASB" : "SPLADE_P_P_ENSEMBLE_DISTIL";
                var r = Evaluator.PerQuery(qrels, RunReader.Load(RunPath(system)), measure, true);
                var expected = PairedTTest.Run([.. queries.Select(q => r[q])], [.. queries.Select(q => b[q])]);
                Assert.Equal(expected.PValue, c.GetProperty("p_value").GetDouble(), 14);
                Assert.True(c.GetProperty("significant").GetBoolean());
            }
        }

        string page = File.ReadAllText(html);
        Assert.Equal(2, page.Split("<svg ").Length - 1);
    }

    [Fact]
    public void Table_Default_PrintsTrecEvalMeansAndSignificance()
    {
        var result = CliProcess.Run("compare", Qrels, RunPath("BM25"), RunPath("D_BERT_KD_TASB"), "-m", "nDCG@10");
        Assert.True(result.ExitCode == 0, result.StdErr);
        // The published DL19 nDCG@10 of these runs (trec_eval): BM25 0.5058, TAS-B 0.7210.
        Assert.Contains("0.5058", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("0.7210", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("+0.2152", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("yes", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("counted as 0 (trec_eval -c)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Compare_DescribesEveryOption()
    {
        var result = CliProcess.Run("compare", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string option in new[] { "--measure", "--qrels", "--test", "--correction", "--alpha", "--seed", "--threads", "--format", "--html" })
        {
            Assert.Contains(option, result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_MsMarcoFormRun_IsReadAndEvaluatedLikeItsTrecForm()
    {
        using var tmp = new TempDir();
        // The same ranking in MS MARCO form (qid pid rank): trec_eval order equals rank order when scores are distinct.
        string msmarco = tmp.File("bm25.tsv");
        var trec = RunReader.Load(RunPath("BM25"));
        using (var w = File.CreateText(msmarco))
        {
            foreach (string q in trec.QueryIds)
            {
                var hits = trec[q].OrderByDescending(h => h.Score).ThenByDescending(h => h.DocId, StringComparer.Ordinal).ToList();
                for (int i = 0; i < hits.Count; i++)
                {
                    w.Write($"{q}\t{hits[i].DocId}\t{i + 1}\n");
                }
            }
        }

        var result = CliProcess.Run("compare", Qrels, "trec=" + RunPath("BM25"), "msmarco=" + msmarco, "-m", "nDCG@10", "--format", "json");
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var doc = JsonDocument.Parse(result.StdOut);
        var row = doc.RootElement.GetProperty("qrels")[0].GetProperty("measures")[0].GetProperty("comparisons")[0];
        Assert.Equal(0.0, row.GetProperty("difference").GetDouble());
        Assert.Equal(43, row.GetProperty("ties").GetInt32());
    }
}
