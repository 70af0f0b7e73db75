using Quarry.Mining.Filters;
using Quarry.Mining.Labels;
using Quarry.Mining.Passages;

namespace Quarry.Mining.Pipeline;

/// <summary>What a run reads besides the candidate run: query texts, labels, passages, optional models and dense qrels.</summary>
public sealed record MiningInputs
{
    /// <summary>Query id -> text.</summary>
    public required IReadOnlyDictionary<string, string> Queries { get; init; }

    /// <summary>Training labels (positives), already restricted to the positive grade.</summary>
    public required JudgmentIndex Labels { get; init; }

    public required IPassageStore Passages { get; init; }

    /// <summary>Dense graded qrels for the false-negative audit; null for no audit.</summary>
    public JudgmentIndex? AuditQrels { get; init; }

    /// <summary>Cross-encoder for the score filters; required when any score threshold is set.</summary>
    public IPairScorer? CrossEncoder { get; init; }

    /// <summary>Bi-encoder for the similarity filter; required when a maximum similarity is set.</summary>
    public ITextEmbedder? BiEncoder { get; init; }
}
