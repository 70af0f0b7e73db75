using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Quarry.Bench.Lexical.Systems;

/// <summary>
/// The peer: Lucene.NET 4.8 set up as Anserini sets up Lucene: the same analysis chain, BM25 (k1=0.9, b=0.4),
/// documents and frequencies only, no stored fields, one segment after the build (forceMerge(1), included in the time).
/// </summary>
internal static class LuceneSystem
{
    private const string Field = "contents";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static List<Measurement> Build(BenchOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (System.IO.Directory.Exists(options.LuceneIndex))
        {
            System.IO.Directory.Delete(options.LuceneIndex, recursive: true);
        }

        using var analyzer = new AnseriniAnalyzer();
        using var dir = FSDirectory.Open(options.LuceneIndex);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(0.9f, 0.4f),
            RAMBufferSizeMB = 256,
        };
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        long docs = 0;
        using (var writer = new IndexWriter(dir, config))
        {
            var local = new ThreadLocal<(Document Doc, Field Text)>(() =>
            {
                var text = new Field(Field, "", type);
                var doc = new Document { text };
                return (doc, text);
            });
            Parallel.ForEach(
                BenchInputs.Passages(options.CorpusPath),
                new ParallelOptions { MaxDegreeOfParallelism = options.BuildThreads },
                passage =>
                {
                    var (doc, text) = local.Value;
                    text.SetStringValue(passage.Text);
                    writer.AddDocument(doc);
                    Interlocked.Increment(ref docs);
                });
            writer.ForceMerge(1);
            writer.Commit();
        }

        double seconds = clock.Elapsed.TotalSeconds;
        return
        [
            new("lucene", "build_s", seconds),
            new("lucene", "docs", docs),
            new("lucene", "index_bytes", BenchInputs.DirectorySize(options.LuceneIndex)),
            new("lucene", "build_peak_bytes", BenchInputs.PeakMemory()),
        ];
    }

    public static List<Measurement> Search(BenchOptions options)
    {
        var topics = BenchInputs.Topics(options.Topics, options.Queries);
        using var analyzer = new AnseriniAnalyzer();
        using var dir = FSDirectory.Open(options.LuceneIndex);
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(0.9f, 0.4f) };
        var results = new List<Measurement>();
        Run(searcher, analyzer, topics.Take(500).ToList(), 1000, 2); // warm-up
        foreach (int k in new[] { 10, 1000 })
        {
            foreach (int threads in new[] { 1, 2 })
            {
                double qps = 0;
                long hits = 0;
                for (int pass = 0; pass < options.Repeat; pass++)
                {
                    var clock = Stopwatch.StartNew();
                    hits = Run(searcher, analyzer, topics, k, threads);
                    qps = Math.Max(qps, topics.Count / clock.Elapsed.TotalSeconds);
                }

                results.Add(new("lucene", $"qps_k{k}_t{threads}", qps));
                results.Add(new("lucene", $"hits_k{k}", hits));
                Console.Error.WriteLine($"lucene k={k} threads={threads}: {qps:F1} q/s");
            }
        }

        results.Add(new("lucene", "search_peak_bytes", BenchInputs.PeakMemory()));
        return results;
    }

    private static long Run(IndexSearcher searcher, Analyzer analyzer, List<(string Id, string Text)> topics, int k, int threads)
    {
        long hits = 0;
        Parallel.For(0, topics.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var query = BagOfWords(analyzer, topics[i].Text);
            if (query.Clauses.Count > 0)
            {
                Interlocked.Add(ref hits, searcher.Search(query, k).ScoreDocs.Length);
            }
        });
        return hits;
    }

    /// <summary>Anserini's bag-of-words query: one SHOULD clause per distinct term, boosted by its count.</summary>
    private static BooleanQuery BagOfWords(Analyzer analyzer, string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var stream = analyzer.GetTokenStream(Field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                string t = term.ToString();
                if (!counts.TryGetValue(t, out int c))
                {
                    order.Add(t);
                }

                counts[t] = c + 1;
            }

            stream.End();
        }

        var query = new BooleanQuery();
        foreach (string t in order)
        {
            query.Add(new TermQuery(new Term(Field, t)) { Boost = counts[t] }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter, StopFilter (English set), PorterStemFilter.</summary>
    internal sealed class AnseriniAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
