namespace Quarry.Mining;

/// <summary>How the K negatives are picked from the candidates that survive every filter.</summary>
public enum SamplingStrategy
{
    /// <summary>The K best-ranked survivors.</summary>
    Top,

    /// <summary>K survivors drawn uniformly without replacement by a per-query generator, written in rank order.</summary>
    Random,
}

/// <summary>
/// Settings of one mining run. Defaults are what `quarry mine` uses when an option is not given.
/// Score thresholds follow sentence-transformers' <c>mine_hard_negatives</c> exactly (see docs/mining.md).
/// </summary>
public sealed record MiningOptions
{
    /// <summary>Ignore the top N candidates of each list (ranks 1..N). Default 0.</summary>
    public int Skip { get; init; }

    /// <summary>Deepest candidate rank considered. Default 100.</summary>
    public int Depth { get; init; } = 100;

    /// <summary>Negatives emitted per query (at most). Default 8.</summary>
    public int Negatives { get; init; } = 8;

    /// <summary>How negatives are picked from the survivors. Default <see cref="SamplingStrategy.Top"/>.</summary>
    public SamplingStrategy Sampling { get; init; } = SamplingStrategy.Top;

    /// <summary>Seed of the per-query generators used by random sampling. Default 42.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Worker threads; the output does not depend on it. Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Lowest qrels grade that makes a passage a positive. Default 1.</summary>
    public int MinPositiveGrade { get; init; } = 1;

    /// <summary>Keep at most this many labelled positives per query (highest grade first); 0 keeps all. Default 0.</summary>
    public int PositivesPerQuery { get; init; }

    /// <summary>Word-shingle Jaccard at or above which a candidate is a near duplicate of a positive; above 1 disables. Default 0.9.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.9;

    /// <summary>Words per shingle for the near-duplicate test. Default 3.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>Drop a candidate whose cross-encoder score is above this (sentence-transformers' max_score). Default none.</summary>
    public double? MaxScore { get; init; }

    /// <summary>Drop when <c>score + margin &gt; min positive score</c> (absolute_margin). Default none.</summary>
    public double? Margin { get; init; }

    /// <summary>Drop when <c>score &gt; min positive score * (1 - relative margin)</c> (relative_margin). Default none.</summary>
    public double? RelativeMargin { get; init; }

    /// <summary>Drop a candidate whose cosine similarity to any positive is above this. Default none.</summary>
    public double? MaxSimilarity { get; init; }

    /// <summary>1-based shard index and shard count: the shard takes the i-th contiguous block of queries. Default 1/1.</summary>
    public (int Index, int Count) Shard { get; init; } = (1, 1);

    /// <summary>Queries processed per parallel batch; bounds the memory in flight. Default 256.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>True when any cross-encoder threshold is set.</summary>
    public bool UsesCrossEncoder => MaxScore is not null || Margin is not null || RelativeMargin is not null;
}
