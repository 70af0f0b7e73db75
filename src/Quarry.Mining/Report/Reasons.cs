namespace Quarry.Mining.Report;

/// <summary>Why a whole query produced no training data.</summary>
public enum QueryDrop
{
    /// <summary>The candidate run has the query but the queries file does not.</summary>
    QueryTextMissing,

    /// <summary>The query has no judged positive at the positive grade.</summary>
    NoPositive,

    /// <summary>The candidate list is shorter than skip + 1, so the window is empty.</summary>
    ShortCandidateList,

    /// <summary>The output format or a model needs a positive's text and none of the positives is in the passages.</summary>
    PositiveTextMissing,

    /// <summary>Every candidate in the window was filtered out.</summary>
    NoCandidatesLeft,

    /// <summary>The sentence-transformers format needs exactly K negatives per row and fewer survived.</summary>
    FewerThanKNegatives,
}

/// <summary>Which filter removed a candidate; each candidate is counted once, by the first filter that removed it.</summary>
public enum CandidateDrop
{
    /// <summary>It is a labelled positive of the query.</summary>
    Positive,

    /// <summary>Its text is not in the passages.</summary>
    MissingPassage,

    /// <summary>Its normalised text equals a positive's.</summary>
    DuplicateExact,

    /// <summary>Its shingle Jaccard with a positive reaches the near-duplicate threshold.</summary>
    DuplicateNear,

    /// <summary>Cross-encoder: within the absolute margin of the lowest positive score.</summary>
    Margin,

    /// <summary>Cross-encoder: within the relative margin of the lowest positive score.</summary>
    RelativeMargin,

    /// <summary>Cross-encoder: score above the maximum.</summary>
    MaxScore,

    /// <summary>Bi-encoder: cosine similarity to a positive above the maximum.</summary>
    Similarity,
}

/// <summary>Points of the pipeline where the audit measures the false-negative rate of the candidates still in play.</summary>
public enum AuditStage
{
    Window,
    AfterPositive,
    AfterMissingPassage,
    AfterDuplicates,
    AfterMargin,
    AfterRelativeMargin,
    AfterMaxScore,
    AfterSimilarity,
    Emitted,
}
