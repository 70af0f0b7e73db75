using System.Runtime.InteropServices;
using Quarry.Data.Records;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Feedback;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Search;

/// <summary>
/// BM25 search over a <see cref="LexicalIndex"/>, scored exactly as Anserini (Lucene 9) scores: a query is analyzed,
/// each distinct term weighted by its count, and the top k returned by score descending, then external id ascending.
/// Thread-safe: <see cref="BatchSearch"/> gives the same results for any thread count.
/// </summary>
public sealed class Bm25Searcher
{
    private readonly ThreadLocal<IAnalyzer> _analyzer;
    private int _floorsHeld;
    private int _floorsDropped;

    public Bm25Searcher(LexicalIndex index, Bm25Options? options = null, Func<IAnalyzer>? analyzerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        Similarity = new Bm25Similarity(options ?? new Bm25Options(), index.Manifest.DocumentsWithTokens, index.Manifest.TotalTokens);
        var factory = analyzerFactory ?? (() => QueryAnalyzers.For(index.Manifest.Analyzer));
        _analyzer = new ThreadLocal<IAnalyzer>(factory);
    }

    public LexicalIndex Index { get; }

    public Bm25Similarity Similarity { get; }

    /// <summary>The top-k algorithm (default MaxScore).</summary>
    public SearchAlgorithm Algorithm { get; init; } = SearchAlgorithm.MaxScore;

    /// <summary>When MaxScore samples windows for a floor (large k only); tests shrink it to small corpora.</summary>
    internal FloorSampling Sampling { get; init; } = FloorSampling.Default;

    /// <summary>MaxScore searches whose sampled floor held.</summary>
    internal int FloorsHeld => _floorsHeld;

    /// <summary>MaxScore searches whose sampled floor was too high, run again without it.</summary>
    internal int FloorsDropped => _floorsDropped;

    /// <summary>RM3 feedback, or null for plain BM25 (default null). Needs an index with a document store.</summary>
    public Rm3Options? Rm3 { get; init; }

    /// <summary>The analyzed query as a bag of words: each distinct term with its count, in first-occurrence order.</summary>
    public List<(string Term, float Weight)> AnalyzeQuery(string text)
    {
        var tokens = new List<string>();
        _analyzer.Value!.Analyze(text, tokens);
        var bag = new List<(string, float)>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string t in tokens)
        {
            ref int at = ref CollectionsMarshal.GetValueRefOrAddDefault(position, t, out bool seen);
            if (seen)
            {
                bag[at] = (t, bag[at].Item2 + 1);
            }
            else
            {
                at = bag.Count;
                bag.Add((t, 1f));
            }
        }

        return bag;
    }

    /// <summary>The top <paramref name="k"/> documents for a query text; a query that analyzes to nothing has no hits.</summary>
    public SearchHit[] Search(string query, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var bag = AnalyzeQuery(query);
        if (Rm3 is null)
        {
            return SearchWeighted(bag, k);
        }

        var expanded = Rm3Expander.Expand(this, bag, Rm3, _analyzer.Value!);
        return SearchWeighted(expanded, k);
    }

    /// <summary>The top k for weighted terms (weight × idf per term, as a Lucene BoostQuery); terms absent from the index are ignored.</summary>
    public unsafe SearchHit[] SearchWeighted(IReadOnlyList<(string Term, float Weight)> terms, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var cursors = new List<PostingCursor>(terms.Count);
        foreach (var (term, weight) in terms)
        {
            if (Index.Terms.TryGet(term, out var info))
            {
                cursors.Add(new PostingCursor(Index, Similarity, info, weight * Similarity.Idf(info.DocumentFrequency)));
            }
        }

        if (cursors.Count == 0)
        {
            return [];
        }

        var queue = new TopKQueue(Math.Min(k, Index.DocumentCount), Index.Ids.RankPointer);
        var array = cursors.ToArray();
        switch (Algorithm)
        {
            case SearchAlgorithm.Exhaustive:
                ExhaustiveOr.Run(array, queue);
                break;
            case SearchAlgorithm.BlockMaxWand:
                BlockMaxWand.Run(array, queue);
                break;
            default:
                var outcome = Quarry.Lexical.Search.MaxScore.Run(array, queue, Sampling);
                if (outcome != FloorOutcome.NotSampled)
                {
                    Interlocked.Increment(ref outcome == FloorOutcome.Held ? ref _floorsHeld : ref _floorsDropped);
                }

                break;
        }

        var top = queue.Drain();
        var hits = new SearchHit[top.Length];
        for (int i = 0; i < top.Length; i++)
        {
            hits[i] = new SearchHit(Index.Ids.GetId(top[i].Doc), top[i].Score, top[i].Doc);
        }

        return hits;
    }

    /// <summary>Searches many queries on <paramref name="threads"/> threads; results are in input order and independent of the thread count.</summary>
    public SearchHit[][] BatchSearch(IReadOnlyList<Query> queries, int k, int threads, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var results = new SearchHit[queries.Count][];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
        {
            results[i] = Search(queries[i].Text, k);
            progress?.Invoke(1);
        });
        return results;
    }
}
