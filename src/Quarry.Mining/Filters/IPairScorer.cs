namespace Quarry.Mining.Filters;

/// <summary>A cross-encoder as the miner sees it: one relevance score per (query, passage) pair, higher is more relevant.</summary>
public interface IPairScorer
{
    /// <summary>Scores the pairs in order; must be deterministic and safe to call from several threads.</summary>
    float[] Score(IReadOnlyList<(string Query, string Passage)> pairs);
}
