namespace Quarry.Mining.Pipeline;

/// <summary>A passage in the training output; <see cref="Text"/> is null when the passages lack it (ids-only formats).</summary>
public sealed record MinedPassage(string Id, string? Text);

/// <summary>One query's training example: its positives (best label first) and its mined negatives (rank order).</summary>
public sealed record MinedQuery(string QueryId, string QueryText, IReadOnlyList<MinedPassage> Positives, IReadOnlyList<MinedPassage> Negatives);
