using System.Runtime.Intrinsics.X86;

namespace Quarry.Neural.Vectors;

/// <summary>
/// Hierarchical navigable small world graph (Malkov and Yashunin, 2018) over a vector file, for approximate search.
/// Levels are drawn from a seeded generator (level = floor(-ln U * mL), mL = 1/ln M); nodes are inserted in file order
/// and linked with the paper's neighbour-selection heuristic, so a build is deterministic for a given seed.
/// Layer 0 keeps up to 2M links per node, upper layers M. Save with <see cref="Save"/>, reopen with <see cref="Load"/>.
/// </summary>
public sealed partial class HnswIndex : IVectorSearcher
{
    private readonly VectorScorer _scorer;
    private readonly int _m;
    private readonly int _m0;
    private readonly int[] _levels;
    private readonly int[] _layer0;      // per node: [count, n1..n_M0]
    private readonly int[]?[] _upper;     // per node with level > 0: per level l in 1..L: [count, n1..n_M]
    private int _entry = -1;
    private int _maxLevel = -1;
    private readonly System.Collections.Concurrent.ConcurrentBag<SearchContext> _contexts = [];
    private object[]? _locks;             // striped node locks, only while building with several threads
    private readonly bool _prefetch;      // float32 rows scored in place, on a CPU with a prefetch instruction
    private readonly int _rowBytes;
    private readonly unsafe float* _rows;  // the float32 rows when _prefetch (scored in place), else null
    private readonly Lazy<HnswInt8Rows>? _int8; // their int8 copy, made on the first walk that uses it

    private HnswIndex(VectorFile vectors, HnswOptions options, int[] levels)
    {
        Options = options;
        _scorer = new VectorScorer(vectors, options.Metric);
        _m = options.M;
        _m0 = 2 * options.M;
        _levels = levels;
        _rowBytes = vectors.Dim * sizeof(float);
        _prefetch = Sse.IsSupported && vectors.DType == VectorDType.Float32 && _scorer.DotIsScore;
        unsafe
        {
            _rows = _prefetch ? (float*)vectors.VectorBase : null;
            _int8 = _prefetch ? new Lazy<HnswInt8Rows>(() => new HnswInt8Rows(_rows, Count, Dim)) : null;
        }
        _layer0 = new int[levels.Length * (_m0 + 1)];
        _upper = new int[levels.Length][];
        for (int i = 0; i < levels.Length; i++)
        {
            if (levels[i] > 0)
            {
                _upper[i] = new int[levels[i] * (_m + 1)];
            }
        }
    }

    /// <summary>The options the graph was built with (EfSearch can be changed with <see cref="WithEfSearch"/>).</summary>
    public HnswOptions Options { get; private set; }

    public int Dim => _scorer.Dim;

    /// <summary>Number of vectors in the graph.</summary>
    public int Count => _levels.Length;

    /// <summary>The highest layer.</summary>
    public int MaxLevel => _maxLevel;

    /// <summary>Sets the query-time candidate list size.</summary>
    public HnswIndex WithEfSearch(int efSearch)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(efSearch);
        Options = Options with { EfSearch = efSearch };
        return this;
    }

    /// <summary>Turns <see cref="HnswOptions.Int8Traversal"/> on or off for later searches.</summary>
    public HnswIndex WithInt8Traversal(bool enabled)
    {
        Options = Options with { Int8Traversal = enabled };
        return this;
    }

    public VectorHit[] Search(ReadOnlySpan<float> query, int k)
    {
        // Contexts (a visited array of Count ints each) are pooled: allocating one per query would cost more than the search.
        var context = _contexts.TryTake(out var pooled) ? pooled : new SearchContext(Count, Dim, _m0);
        try
        {
            return SearchPrepared(_scorer.Prepare(query), k, context);
        }
        finally
        {
            _contexts.Add(context);
        }
    }

    public VectorHit[][] BatchSearch(IReadOnlyList<float[]> queries, int k, int threads)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new VectorHit[queries.Count][];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, () => new SearchContext(Count, Dim, _m0), (q, _, context) =>
        {
            results[q] = SearchPrepared(_scorer.Prepare(queries[q]), k, context);
            return context;
        }, _ => { });
        return results;
    }

    /// <summary>The link list of a node on a layer: element 0 is the count.</summary>
    private Span<int> Links(int node, int level) => level == 0
        ? _layer0.AsSpan(node * (_m0 + 1), _m0 + 1)
        : _upper[node].AsSpan((level - 1) * (_m + 1), _m + 1);
}
