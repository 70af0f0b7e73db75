namespace Quarry.Neural.Vectors;

/// <summary>A search hit: the vector's position in its file (see <see cref="VectorFile.Id"/>) and its similarity.</summary>
public readonly record struct VectorHit(int Index, float Score)
{
    /// <summary>
    /// The order of results everywhere in vector search: score descending, ties by index ascending
    /// (the file's order, which is collection order, so docid ascending for MS MARCO's 0..N pids).
    /// A total order, so top-k is the same whatever the threads or blocks.
    /// </summary>
    public static int Compare(VectorHit a, VectorHit b)
    {
        int byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Index.CompareTo(b.Index);
    }

    /// <summary>True when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    public static bool Better(VectorHit a, VectorHit b) => a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);
}

/// <summary>The similarity a vector search ranks by.</summary>
public enum VectorMetric
{
    /// <summary>Inner product of the query and the stored vector.</summary>
    InnerProduct,

    /// <summary>Cosine: inner product of unit-length vectors (a file flagged normalised is used as it is).</summary>
    Cosine,
}
