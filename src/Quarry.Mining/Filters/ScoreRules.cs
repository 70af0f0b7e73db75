namespace Quarry.Mining.Filters;

/// <summary>
/// The cross-encoder drop rules, written exactly as sentence-transformers' <c>mine_hard_negatives</c> applies them
/// (util/hard_negatives.py): every comparison is strict, and both margins are measured against the LOWEST
/// positive score of the query ("the harder positive"), not the mean or the highest.
/// </summary>
public static class ScoreRules
{
    /// <summary><c>absolute_margin</c>: dropped when <c>score + margin &gt; minPositive</c>, i.e. kept only when at least <c>margin</c> below.</summary>
    public static bool FailsAbsoluteMargin(double score, double minPositive, double margin) => score + margin > minPositive;

    /// <summary><c>relative_margin</c>: dropped when <c>score &gt; minPositive * (1 - relativeMargin)</c>.</summary>
    public static bool FailsRelativeMargin(double score, double minPositive, double relativeMargin) => score > minPositive * (1 - relativeMargin);

    /// <summary><c>max_score</c>: dropped when <c>score &gt; maxScore</c>; a score equal to it is kept.</summary>
    public static bool FailsMaxScore(double score, double maxScore) => score > maxScore;

    /// <summary>The similarity filter uses the same convention: dropped when <c>similarity &gt; maxSimilarity</c>.</summary>
    public static bool FailsMaxSimilarity(double similarity, double maxSimilarity) => similarity > maxSimilarity;
}
