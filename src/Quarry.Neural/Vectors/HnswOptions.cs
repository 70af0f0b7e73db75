namespace Quarry.Neural.Vectors;

/// <summary>Options of <see cref="HnswIndex"/> (names as in Malkov and Yashunin, 2018, and hnswlib).</summary>
public sealed record HnswOptions
{
    /// <summary>
    /// Links per node on the upper layers; layer 0 keeps up to 2M. Default 24 (with the defaults below: recall@10 0.954
    /// at 70x flat single-query speed on 1M x 384, docs/benchmarks.md).
    /// </summary>
    public int M { get; init; } = 24;

    /// <summary>Candidate list size while building: larger is slower to build and more accurate. Default 100.</summary>
    public int EfConstruction { get; init; } = 100;

    /// <summary>Candidate list size at query time (at least k is used). Default 160.</summary>
    public int EfSearch { get; init; } = 160;

    /// <summary>
    /// Graph walks score an int8 copy of float32 rows (a quarter of the bytes; made once, held in memory beside the
    /// mapped file): search rescores the ef candidates it ends with in float32, so returned scores are exact, and the
    /// build rescores the efConstruction candidates before it chooses links. Default true.
    /// </summary>
    public bool Int8Traversal { get; init; } = true;

    /// <summary>Seed of the level assignment; the graph (built in file order, one thread) is a pure function of vectors, options and seed. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Similarity. Default inner product.</summary>
    public VectorMetric Metric { get; init; } = VectorMetric.InnerProduct;

    /// <summary>
    /// Build threads. 1 (the default) inserts in file order and is deterministic; more insert concurrently under
    /// node locks, which is faster but makes the graph depend on scheduling (recall is the same on average).
    /// </summary>
    public int BuildThreads { get; init; } = 1;
}
