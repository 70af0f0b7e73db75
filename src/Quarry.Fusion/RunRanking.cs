using Quarry.Data.Records;

namespace Quarry.Fusion;

/// <summary>The orders fusion relies on, written once so every method agrees.</summary>
public static class RunRanking
{
    /// <summary>
    /// trec_eval's order, used to give each input run its ranks: score descending, ties by docid descending (ordinal).
    /// The rank column of the file is ignored, as trec_eval ignores it.
    /// </summary>
    public static int TrecEvalOrder(ScoredDoc a, ScoredDoc b)
    {
        int byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(b.DocId, a.DocId);
    }

    /// <summary>Order of the fused output, as Pyserini writes it: fused score descending, ties by docid ascending (ordinal).</summary>
    public static int FusedOrder(ScoredDoc a, ScoredDoc b)
    {
        int byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.DocId, b.DocId);
    }

    /// <summary>The hits of one query sorted in trec_eval order and cut to <paramref name="depth"/>.</summary>
    public static ScoredDoc[] Ranked(IReadOnlyList<ScoredDoc> hits, int depth)
    {
        var sorted = hits.ToArray();
        Array.Sort(sorted, TrecEvalOrder);
        return sorted.Length > depth ? sorted[..depth] : sorted;
    }
}
