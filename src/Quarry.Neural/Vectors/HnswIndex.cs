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

    private HnswIndex(VectorFile vectors, HnswOptions options, int[] levels)
    {
        Options = options;
        _scorer = new VectorScorer(vectors, options.Metric);
        _m = options.M;
        _m0 = 2 * options.M;
        _levels = levels;
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

    private VectorHit[] SearchPrepared(float[] query, int k, SearchContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (_entry < 0)
        {
            return [];
        }

        int entry = GreedyDescend(query, _entry, _maxLevel, 0, context);
        var found = SearchLayer(query, [entry], Math.Max(Options.EfSearch, k), 0, context);
        var top = new TopK(k);
        foreach (var (node, score) in found)
        {
            top.Add(node, score);
        }

        return top.ToSortedArray();
    }

    /// <summary>Greedy walk (ef = 1) from <paramref name="entry"/> down through layers top..(bottom+1).</summary>
    private int GreedyDescend(float[] query, int entry, int top, int bottom, SearchContext context)
    {
        float best = Score(query, entry, context);
        for (int level = top; level > bottom; level--)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                var links = context.Links;
                int count = CopyLinks(entry, level, links);
                for (int i = 1; i <= count; i++)
                {
                    float s = Score(query, links[i], context);
                    if (s > best || (s == best && links[i] < entry))
                    {
                        best = s;
                        entry = links[i];
                        changed = true;
                    }
                }
            }
        }

        return entry;
    }

    /// <summary>Algorithm 2 of the paper: best-first search of one layer with a candidate list of size ef.</summary>
    private List<(int Node, float Score)> SearchLayer(float[] query, IReadOnlyList<int> entries, int ef, int level, SearchContext context)
    {
        context.NextVisit();
        var candidates = context.Candidates;
        var results = context.Results;
        candidates.Clear();
        results.Clear();
        foreach (int e in entries)
        {
            if (context.Visit(e))
            {
                float s = Score(query, e, context);
                candidates.Enqueue(e, -s);
                results.Enqueue(e, s);
            }
        }

        while (candidates.TryDequeue(out int c, out float negative))
        {
            results.TryPeek(out _, out float worst);
            if (-negative < worst && results.Count >= ef)
            {
                break;
            }

            var links = context.Links;
            int count = CopyLinks(c, level, links);
            for (int i = 1; i <= count; i++)
            {
                int n = links[i];
                if (!context.Visit(n))
                {
                    continue;
                }

                float s = Score(query, n, context);
                results.TryPeek(out _, out worst);
                if (results.Count < ef || s > worst)
                {
                    candidates.Enqueue(n, -s);
                    results.Enqueue(n, s);
                    if (results.Count > ef)
                    {
                        results.Dequeue();
                    }
                }
            }
        }

        var found = new List<(int, float)>(results.Count);
        while (results.TryDequeue(out int node, out float score))
        {
            found.Add((node, score));
        }

        found.Reverse(); // best first
        return found;
    }

    private float Score(ReadOnlySpan<float> query, int node, SearchContext context) => _scorer.Score(query, node, context.Scratch);

    /// <summary>
    /// Copies a node's links into <paramref name="buffer"/> (element 0 the count) and returns the count; during a
    /// concurrent build the copy is taken under the node's lock, so a reader never sees a half-rewritten list.
    /// </summary>
    private int CopyLinks(int node, int level, int[] buffer)
    {
        var links = Links(node, level);
        if (_locks is null)
        {
            links.CopyTo(buffer);
            return buffer[0];
        }

        lock (LockOf(node))
        {
            links.CopyTo(buffer);
        }

        return buffer[0];
    }

    /// <summary>The link list of a node on a layer: element 0 is the count.</summary>
    private Span<int> Links(int node, int level) => level == 0
        ? _layer0.AsSpan(node * (_m0 + 1), _m0 + 1)
        : _upper[node].AsSpan((level - 1) * (_m + 1), _m + 1);

    /// <summary>Per-thread search state: visited marks by generation, queues and a decode buffer.</summary>
    private sealed class SearchContext(int count, int dim, int maxLinks)
    {
        private readonly int[] _visited = new int[count];
        private int _generation;

        public PriorityQueue<int, float> Candidates { get; } = new();

        public PriorityQueue<int, float> Results { get; } = new();

        public float[] Scratch { get; } = new float[dim];

        /// <summary>A copy of the link list being followed.</summary>
        public int[] Links { get; } = new int[maxLinks + 1];

        /// <summary>Holds a stored vector while the build compares it with others.</summary>
        public float[] Vector { get; } = new float[dim];

        public void NextVisit()
        {
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_visited);
                _generation = 1;
            }
        }

        public bool Visit(int node)
        {
            if (_visited[node] == _generation)
            {
                return false;
            }

            _visited[node] = _generation;
            return true;
        }
    }
}
