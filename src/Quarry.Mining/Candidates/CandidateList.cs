namespace Quarry.Mining.Candidates;

/// <summary>One query's candidates in rank order (best first), as read from a run.</summary>
/// <param name="QueryId">The query.</param>
/// <param name="DocIds">Candidate passage ids, best first, without repeats.</param>
/// <param name="Ordinal">0-based position of this query's block in the run.</param>
/// <param name="RepeatedDocs">Repeated (query, doc) lines that were ignored.</param>
public sealed record CandidateList(string QueryId, IReadOnlyList<string> DocIds, long Ordinal, int RepeatedDocs);
