namespace Quarry.Neural.Vectors;

/// <summary>Construction: seeded levels, insertion in file order, heuristic neighbour selection.</summary>
public sealed partial class HnswIndex
{
    /// <summary>Builds the graph over every vector of <paramref name="vectors"/>; <paramref name="progress"/> receives inserted counts.</summary>
    public static HnswIndex Build(VectorFile vectors, HnswOptions? options = null, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        options ??= new HnswOptions();
        if (options.M < 2 || options.EfConstruction < 1 || options.EfSearch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "HNSW needs M >= 2, EfConstruction >= 1 and EfSearch >= 1");
        }

        var index = new HnswIndex(vectors, options, DrawLevels(vectors.Count, options.M, options.Seed));
        int threads = Math.Max(1, options.BuildThreads);
        if (threads == 1 || vectors.Count < 2)
        {
            var context = new SearchContext(vectors.Count, vectors.Dim, index._m0);
            var query = new float[vectors.Dim];
            for (int i = 0; i < vectors.Count; i++)
            {
                index.Insert(i, query, context);
                if (progress is not null && (i + 1) % 1024 == 0)
                {
                    progress(1024);
                }
            }

            progress?.Invoke(vectors.Count % 1024);
            return index;
        }

        index.BuildConcurrently(threads, progress);
        return index;
    }

    /// <summary>
    /// Inserts nodes 1..N-1 from several threads (node 0 first, alone). Links are read and rewritten under striped
    /// node locks and the entry point under a global one, as hnswlib does; the graph then depends on scheduling.
    /// </summary>
    private void BuildConcurrently(int threads, Action<int>? progress)
    {
        _locks = new object[4096];
        for (int i = 0; i < _locks.Length; i++)
        {
            _locks[i] = new object();
        }

        Insert(0, new float[Dim], new SearchContext(Count, Dim, _m0));
        int done = 1;
        Parallel.For(
            1,
            Count,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Context: new SearchContext(Count, Dim, _m0), Query: new float[Dim]),
            (i, _, state) =>
            {
                Insert(i, state.Query, state.Context);
                if (progress is not null && Interlocked.Increment(ref done) % 1024 == 0)
                {
                    progress(1024);
                }

                return state;
            },
            _ => { });
        progress?.Invoke(done % 1024);
        _locks = null;
    }

    private object LockOf(int node) => _locks![node & (_locks.Length - 1)];

    /// <summary>Level of each node: floor(-ln U * mL), mL = 1 / ln M, U uniform in (0, 1], drawn in node order from the seed.</summary>
    internal static int[] DrawLevels(int count, int m, int seed)
    {
        var rng = new Random(seed);
        double ml = 1 / Math.Log(m);
        var levels = new int[count];
        for (int i = 0; i < count; i++)
        {
            levels[i] = Math.Min(32, (int)(-Math.Log(1 - rng.NextDouble()) * ml));
        }

        return levels;
    }

    private void Insert(int node, float[] query, SearchContext context)
    {
        LoadPrepared(node, query);
        int level = _levels[node];
        int entry, maxLevel;
        lock (_levels)
        {
            (entry, maxLevel) = (_entry, _maxLevel);
            if (entry < 0)
            {
                _entry = node;
                _maxLevel = level;
                return;
            }
        }

        // The walks may score int8 rows (see Int8Traversal); links are then chosen on float32 scores only.
        var walk = Options.Int8Traversal ? _int8?.Value : null;
        context.Int8 = walk;
        var entries = new List<int> { GreedyDescend(query, entry, maxLevel, level, context) };
        for (int layer = Math.Min(level, maxLevel); layer >= 0; layer--)
        {
            context.Int8 = walk;
            SearchLayer(query, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries), Options.EfConstruction, layer, context);
            var found = DrainBestFirst(query, context);
            var selected = SelectNeighbors(found, _m, context);
            lock (_locks is null ? _levels : LockOf(node))
            {
                var links = Links(node, layer);
                links[0] = selected.Count;
                for (int i = 0; i < selected.Count; i++)
                {
                    links[i + 1] = selected[i].Node;
                }
            }

            foreach (var (neighbor, score) in selected)
            {
                Connect(neighbor, node, score, layer, context);
            }

            entries.Clear();
            foreach (var (n, _) in found)
            {
                entries.Add(n);
            }
        }

        lock (_levels)
        {
            if (level > _maxLevel)
            {
                _maxLevel = level;
                _entry = node;
            }
        }
    }

    /// <summary>The results of the last layer search, best first, with float32 scores (rescored after an int8 walk).</summary>
    private List<(int Node, float Score)> DrainBestFirst(float[] query, SearchContext context)
    {
        var hits = context.Results.Items;
        bool rescore = context.Int8 is not null;
        context.Int8 = null;
        var found = new List<(int Node, float Score)>(hits.Length);
        for (int i = 0; i < hits.Length; i++)
        {
            if (rescore && i + 1 < hits.Length)
            {
                Prefetch(hits[i + 1].Index, context);
            }

            found.Add((hits[i].Index, rescore ? Score(query, hits[i].Index, context) : hits[i].Score));
        }

        found.Sort(static (a, b) => VectorHit.Compare(new VectorHit(a.Node, a.Score), new VectorHit(b.Node, b.Score)));
        return found;
    }
}
