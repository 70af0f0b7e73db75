using System.Diagnostics;
using Quarry.Data.Records;
using Quarry.Lexical;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Search;

namespace Quarry.Bench.Lexical.Systems;

/// <summary>Quarry's side: IndexBuilder and Bm25Searcher with Anserini's defaults.</summary>
internal static class QuarrySystem
{
    public static List<Measurement> Build(BenchOptions options)
    {
        var clock = Stopwatch.StartNew();
        var passages = BenchInputs.Passages(options.CorpusPath).Select(p => new Passage(p.Id, p.Text));
        var manifest = IndexBuilder.Build(passages, options.QuarryIndex, new IndexBuildOptions
        {
            AnalyzerFactory = () => new EnglishAnalyzer(),
            Threads = options.BuildThreads,
        });
        double seconds = clock.Elapsed.TotalSeconds;
        return
        [
            new("quarry", "build_s", seconds),
            new("quarry", "docs", manifest.Documents),
            new("quarry", "index_bytes", BenchInputs.DirectorySize(options.QuarryIndex)),
            new("quarry", "build_peak_bytes", BenchInputs.PeakMemory()),
        ];
    }

    public static List<Measurement> Search(BenchOptions options)
    {
        var topics = BenchInputs.Topics(options.Topics, options.Queries).Select(t => new Query(t.Id, t.Text)).ToList();
        using var index = LexicalIndex.Open(options.QuarryIndex);
        var results = new List<Measurement>();
        foreach (var algorithm in new[] { SearchAlgorithm.MaxScore, SearchAlgorithm.BlockMaxWand })
        {
            var searcher = new Bm25Searcher(index) { Algorithm = algorithm };
            searcher.BatchSearch(topics.Take(500).ToList(), 1000, 2); // warm-up: JIT and page cache
            foreach (int k in new[] { 10, 1000 })
            {
                foreach (int threads in new[] { 1, 2 })
                {
                    double qps = 0;
                    SearchHit[][] hits = [];
                    for (int pass = 0; pass < options.Repeat; pass++)
                    {
                        var clock = Stopwatch.StartNew();
                        hits = searcher.BatchSearch(topics, k, threads);
                        qps = Math.Max(qps, topics.Count / clock.Elapsed.TotalSeconds);
                    }

                    string name = $"qps_{Name(algorithm)}_k{k}_t{threads}";
                    results.Add(new("quarry", name, qps));
                    results.Add(new("quarry", $"hits_k{k}", hits.Sum(h => h.Length)));
                    Console.Error.WriteLine($"quarry {name}: {qps:F1} q/s");
                }
            }
        }

        results.Add(new("quarry", "search_peak_bytes", BenchInputs.PeakMemory()));
        return results;
    }

    private static string Name(SearchAlgorithm algorithm) => algorithm == SearchAlgorithm.MaxScore ? "maxscore" : "bmw";
}
