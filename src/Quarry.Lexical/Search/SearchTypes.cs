namespace Quarry.Lexical.Search;

/// <summary>One retrieved document: external id, BM25 score (float32, as Lucene reports it) and internal number.</summary>
public readonly record struct SearchHit(string DocId, float Score, int Doc);

/// <summary>The top-k algorithm; all three return the identical top-k.</summary>
public enum SearchAlgorithm
{
    /// <summary>MaxScore dynamic pruning (default).</summary>
    MaxScore,

    /// <summary>Block-max WAND.</summary>
    BlockMaxWand,

    /// <summary>Score every matching document (the oracle).</summary>
    Exhaustive,
}

/// <summary>RM3 pseudo-relevance feedback settings; the defaults are Anserini's -rm3 defaults.</summary>
public sealed record Rm3Options
{
    /// <summary>Expansion terms kept (default 10).</summary>
    public int FbTerms { get; init; } = 10;

    /// <summary>Feedback documents (default 10).</summary>
    public int FbDocs { get; init; } = 10;

    /// <summary>Weight of the original query in the interpolation (default 0.5).</summary>
    public float OriginalQueryWeight { get; init; } = 0.5f;
}
