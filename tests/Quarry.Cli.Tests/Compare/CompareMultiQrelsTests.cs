using System.Text.Json;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Compare;

public sealed class CompareMultiQrelsTests
{
    private static readonly string[] Systems = ["BM25", "BM25_RM3", "D_BERT_KD_TASB", "OPEN_AI_ADA2"];

    [Fact]
    public void MultiQrels_Dl19Dl20_FlagsExactlyThePairsWhoseOrderDiffers()
    {
        using var tmp = new TempDir();
        // One run per system over both years' queries, as a system's run over several query sets would be.
        var paths = new List<string>();
        foreach (string system in Systems)
        {
            string path = tmp.File(system + ".txt");
            using (var output = File.CreateText(path))
            {
                foreach (string year in new[] { "dl19", "dl20" })
                {
                    foreach (var (_, line) in Quarry.Data.IO.TextInput.ReadLines(SharedData.Path($"{year}/runs/rank_llm.{system}.trec_results_{year}.top100.txt.gz")))
                    {
                        output.WriteLine(line);
                    }
                }
            }

            paths.Add(path);
        }

        string dl19 = SharedData.Path("dl19/qrels.dl19-passage.txt");
        string dl20 = SharedData.Path("dl20/qrels.dl20-passage.txt");
        var result = CliProcess.Run(["compare", "--qrels", "dl19=" + dl19, "--qrels", "dl20=" + dl20, .. paths, "-m", "dl19:nDCG@10", "-m", "dl20:AP(rel=2)", "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var doc = JsonDocument.Parse(result.StdOut);
        var flagged = doc.RootElement.GetProperty("order_flips").EnumerateArray()
            .Select(f => (f.GetProperty("a").GetString()!, f.GetProperty("b").GetString()!)).ToHashSet();

        // The oracle: means straight from the evaluator, one measure per qrels set.
        var q19 = QrelsReader.Load(dl19);
        var q20 = QrelsReader.Load(dl20);
        var runs = paths.Select(RunReader.Load).ToList();
        double[] ndcg = [.. runs.Select(r => Evaluator.Mean(q19, r, Measure.Parse("nDCG@10"), true))];
        double[] ap = [.. runs.Select(r => Evaluator.Mean(q20, r, Measure.Parse("AP(rel=2)"), true))];
        int expectedFlips = 0;
        for (int a = 0; a < Systems.Length; a++)
        {
            for (int b = a + 1; b < Systems.Length; b++)
            {
                bool differs = Math.Sign(ndcg[a] - ndcg[b]) * Math.Sign(ap[a] - ap[b]) < 0;
                expectedFlips += differs ? 1 : 0;
                Assert.Equal(differs, flagged.Contains((Systems[a], Systems[b])));
            }
        }

        Assert.Equal(expectedFlips, flagged.Count);
    }

    [Fact]
    public void MultiQrels_TableFormat_ExplainsFlipsOrAgreement()
    {
        string bm25 = SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz");
        string rm3 = SharedData.Path("dl19/runs/rank_llm.BM25_RM3.trec_results_dl19.top100.txt.gz");
        string dl19 = SharedData.Path("dl19/qrels.dl19-passage.txt");
        var result = CliProcess.Run("compare", "--qrels", "a=" + dl19, "--qrels", "b=" + dl19, bm25, rm3, "-m", "nDCG@10");
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("ordered the same way on every set", result.StdOut, StringComparison.Ordinal);
    }
}
