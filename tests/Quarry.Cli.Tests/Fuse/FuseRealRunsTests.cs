using System.Globalization;
using System.IO.Compression;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Fuse;

public sealed class FuseRealRunsTests
{
    private static string[] Dl19Runs() =>
        [.. Directory.GetFiles(SharedData.Path("dl19/runs"), "*.gz").Order(StringComparer.Ordinal)];

    /// <summary>Straightforward RRF, written from the definition: ranks from score order (ties docid descending, as trec_eval), sum 1/(k + rank).</summary>
    private static Dictionary<string, List<(string Doc, double Score)>> NaiveRrf(string[] files, double k, int hits)
    {
        var fused = new Dictionary<string, Dictionary<string, double>>();
        foreach (string file in files)
        {
            var perQuery = new Dictionary<string, List<(string Doc, double Score)>>();
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress)))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    var f = line.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
                    if (f.Length == 0)
                    {
                        continue;
                    }

                    if (!perQuery.TryGetValue(f[0], out var list))
                    {
                        perQuery[f[0]] = list = [];
                    }

                    list.Add((f[2], double.Parse(f[4], CultureInfo.InvariantCulture)));
                }
            }

            foreach (var (q, list) in perQuery)
            {
                var ordered = list.OrderByDescending(h => h.Score).ThenByDescending(h => h.Doc, StringComparer.Ordinal).ToList();
                if (!fused.TryGetValue(q, out var sums))
                {
                    fused[q] = sums = [];
                }

                for (int i = 0; i < ordered.Count; i++)
                {
                    sums[ordered[i].Doc] = sums.GetValueOrDefault(ordered[i].Doc) + (1.0 / (k + i + 1));
                }
            }
        }

        return fused.ToDictionary(
            e => e.Key,
            e => e.Value.Select(d => (d.Key, d.Value)).OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Take(hits).ToList());
    }

    [Fact]
    public void Fuse_RrfK60OverDl19Runs_EqualsStraightforwardComputation()
    {
        using var dir = new TempDir();
        string[] runs = Dl19Runs();
        Assert.Equal(6, runs.Length);
        var result = CliProcess.Run(["fuse", .. runs, "--method", "rrf", "--k", "60", "--output", dir.File("fused.txt")]);
        Assert.True(result.ExitCode == 0, result.StdErr);

        var expected = NaiveRrf(runs, 60, 1000);
        var actual = new Dictionary<string, List<(string Doc, double Score, int Rank)>>();
        foreach (string line in File.ReadLines(dir.File("fused.txt")))
        {
            var f = line.Split(' ');
            Assert.Equal(6, f.Length);
            if (!actual.TryGetValue(f[0], out var list))
            {
                actual[f[0]] = list = [];
            }

            list.Add((f[2], double.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (q, want) in expected)
        {
            var got = actual[q];
            Assert.Equal(want.Select(w => w.Doc), got.Select(g => g.Doc));
            Assert.Equal(Enumerable.Range(1, got.Count), got.Select(g => g.Rank));
            for (int i = 0; i < want.Count; i++)
            {
                Assert.Equal(want[i].Score, got[i].Score, 12);
            }
        }
    }

    [Fact]
    public void Fuse_OptimizeWholeStepsOnDl19_PicksTasBWithTrecEvalNdcg()
    {
        // With step 1 the grid is (1,0) and (0,1): BM25 alone (trec_eval nDCG@10 0.5058) or TAS-B alone (0.7210).
        using var dir = new TempDir();
        string bm25 = SharedData.Path("dl19/runs/rank_llm.BM25.trec_results_dl19.top100.txt.gz");
        string tasb = SharedData.Path("dl19/runs/rank_llm.D_BERT_KD_TASB.trec_results_dl19.top100.txt.gz");
        var result = CliProcess.Run(
            "fuse", bm25, tasb, "--method", "interpolate", "--optimize", "--step", "1", "--measure", "nDCG@10",
            "--qrels", SharedData.Path("dl19/qrels.dl19-passage.txt"), "--output", dir.File("fused.txt"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("best nDCG@10 = 0.7210 with weights 0,1", result.StdErr, StringComparison.Ordinal);
    }
}
