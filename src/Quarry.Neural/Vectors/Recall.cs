namespace Quarry.Neural.Vectors;

/// <summary>Recall of an approximate search against exact search, the figure HNSW and int8 search are judged by.</summary>
public static class Recall
{
    /// <summary>
    /// Mean over queries of |approx top-k ∩ exact top-k| / k (ids compared, scores ignored), e.g. recall@10 vs flat.
    /// Queries where the exact search found fewer than k vectors are divided by that smaller number.
    /// </summary>
    public static double AtK(IReadOnlyList<VectorHit[]> approximate, IReadOnlyList<VectorHit[]> exact, int k)
    {
        ArgumentNullException.ThrowIfNull(approximate);
        ArgumentNullException.ThrowIfNull(exact);
        if (approximate.Count != exact.Count)
        {
            throw new ArgumentException($"{approximate.Count} approximate results for {exact.Count} queries");
        }

        if (exact.Count == 0)
        {
            return 0;
        }

        double total = 0;
        var truth = new HashSet<int>();
        for (int q = 0; q < exact.Count; q++)
        {
            truth.Clear();
            int n = Math.Min(k, exact[q].Length);
            for (int i = 0; i < n; i++)
            {
                truth.Add(exact[q][i].Index);
            }

            int hits = 0;
            for (int i = 0; i < Math.Min(k, approximate[q].Length); i++)
            {
                if (truth.Contains(approximate[q][i].Index))
                {
                    hits++;
                }
            }

            total += n == 0 ? 1 : (double)hits / n;
        }

        return total / exact.Count;
    }
}
