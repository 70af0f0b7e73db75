using Quarry.Data.Runs;

namespace Quarry.Fusion;

/// <summary>A fused run plus what the caller should tell the user about mismatched query sets.</summary>
/// <param name="Run">The fused run; queries in first-seen order across the inputs.</param>
/// <param name="MissingQueries">For each input run, how many of the fused queries it lacked (they contribute nothing).</param>
public sealed record FusionResult(Run Run, IReadOnlyList<int> MissingQueries);
