using Quarry.Data.Collection;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Data.Topics;
using Quarry.Lexical;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Demo;

/// <summary>The demo's retrieval: index the sample collection once, then search every query with each variant and write TREC runs.</summary>
internal static class DemoRetrieval
{
    /// <summary>Hits kept per query (enough for R@100).</summary>
    public const int Depth = 100;

    /// <summary>Builds the index (with stored texts, which RM3 reads) and reports passages done.</summary>
    public static void BuildIndex(string collectionPath, string indexDirectory, int threads, Action<long> progress) =>
        IndexBuilder.Build(
            CollectionReader.Read(collectionPath),
            indexDirectory,
            new IndexBuildOptions { AnalyzerFactory = () => new EnglishAnalyzer(), StoreDocs = true, Threads = threads, Source = Path.GetFileName(collectionPath), SourceFormat = "msmarco-collection" },
            progress);

    /// <summary>Searches every query with every variant; writes runs/NAME.trec and returns the paths by variant name.</summary>
    public static IReadOnlyDictionary<string, string> Search(string indexDirectory, IReadOnlyList<Query> queries, IReadOnlyList<DemoVariant> variants, string runDirectory, int threads, Action<long> progress)
    {
        Directory.CreateDirectory(runDirectory);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        using var index = LexicalIndex.Open(indexDirectory);
        foreach (var variant in variants)
        {
            var searcher = new Bm25Searcher(index, variant.Bm25) { Rm3 = variant.Rm3 };
            var results = searcher.BatchSearch(queries, Depth, threads, progress);
            string path = Path.Combine(runDirectory, variant.Name + ".trec");
            RunWriter.Write(path, queries.Select((q, i) => (q.Id, (IReadOnlyList<ScoredDoc>)results[i].Select(h => new ScoredDoc(h.DocId, h.Score)).ToList())), RunFormat.Trec, variant.Name);
            paths[variant.Name] = path;
        }

        return paths;
    }

    /// <summary>The sample queries.</summary>
    public static List<Query> LoadQueries(string path) => TopicsReader.Load(path);
}
