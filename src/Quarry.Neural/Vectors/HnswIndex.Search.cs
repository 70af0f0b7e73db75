namespace Quarry.Neural.Vectors;

/// <summary>
/// Search: a greedy descent through the upper layers, then a best-first search of layer 0 with a candidate list of ef.
/// Per distance, the cost at scale is memory latency (a 384-d float32 row is 24 cache lines at a random place in the
/// file), so the neighbours of a node are first filtered against the visited marks and the next row is prefetched
/// while the current one is scored.
/// </summary>
public sealed partial class HnswIndex
{
    /// <summary>Rows prefetched ahead of the one being scored (1 to 8 measured alike within the noise of a shared machine).</summary>
    private const int PrefetchAhead = 2;

    private VectorHit[] SearchPrepared(float[] query, int k, SearchContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (_entry < 0)
        {
            return [];
        }

        context.Int8 = Options.Int8Traversal ? _int8?.Value : null;
        int entry = GreedyDescend(query, _entry, _maxLevel, 0, context);
        SearchLayer(query, [entry], Math.Max(Options.EfSearch, k), 0, context);
        var results = context.Results;
        if (context.Int8 is not null)
        {
            return Rescore(query, k, context);
        }

        // The results heap pops worst first in the total order of VectorHit.Compare: the last k popped are the top k.
        while (results.Count > k)
        {
            results.Pop();
        }

        var top = new VectorHit[results.Count];
        for (int i = top.Length - 1; i >= 0; i--)
        {
            top[i] = results.Pop();
        }

        return top;
    }

    /// <summary>
    /// The top k, by float32 score, of the best max(2k, ef/4) candidates by int8 score that an int8 walk ended with: the
    /// int8 error barely reorders candidates that far apart (recall at 100k x 384 was the same as rescoring all ef,
    /// and search about 20% faster).
    /// </summary>
    private VectorHit[] Rescore(float[] query, int k, SearchContext context)
    {
        context.Int8 = null;
        var results = context.Results;
        int keep = Math.Max(2 * k, results.Count / 4);
        while (results.Count > keep)
        {
            results.Pop(); // the worst by int8 score
        }

        var candidates = results.Items;
        var top = new TopK(k);
        if (candidates.Length > 0)
        {
            Prefetch(candidates[0].Index, context);
        }

        for (int i = 0; i < candidates.Length; i++)
        {
            if (i + 1 < candidates.Length)
            {
                Prefetch(candidates[i + 1].Index, context);
            }

            top.Add(candidates[i].Index, Score(query, candidates[i].Index, context));
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
                    if (i < count)
                    {
                        Prefetch(links[i + 1], context);
                    }

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

    /// <summary>
    /// Algorithm 2 of the paper: best-first search of one layer with a candidate list of size ef. The ef best found are
    /// left in <c>context.Results</c> (worst on top).
    /// </summary>
    private void SearchLayer(float[] query, ReadOnlySpan<int> entries, int ef, int level, SearchContext context)
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
                var hit = new VectorHit(e, Score(query, e, context));
                candidates.Push(hit);
                results.Push(hit);
            }
        }

        var pending = context.Pending;
        while (candidates.Count > 0)
        {
            var c = candidates.Pop();
            if (c.Score < results.Top.Score && results.Count >= ef)
            {
                break;
            }

            if (level == 0 && candidates.Count > 0)
            {
                PrefetchLinks(candidates.Top.Index); // likely the next node expanded
            }

            int count = GatherUnvisited(c.Index, level, context);
            int ahead = Math.Min(count, PrefetchAhead);
            for (int i = 0; i < ahead; i++)
            {
                Prefetch(pending[i], context);
            }

            for (int i = 0; i < count; i++)
            {
                if (i + ahead < count)
                {
                    Prefetch(pending[i + ahead], context);
                }

                int n = pending[i];
                float s = Score(query, n, context);
                if (results.Count < ef)
                {
                    candidates.Push(new VectorHit(n, s));
                    results.Push(new VectorHit(n, s));
                }
                else if (s > results.Top.Score)
                {
                    candidates.Push(new VectorHit(n, s));
                    results.ReplaceTop(new VectorHit(n, s));
                }
            }
        }
    }
}
