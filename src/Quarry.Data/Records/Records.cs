namespace Quarry.Data.Records;

/// <summary>A passage (or document) of a collection: external id and text (title kept apart for BEIR).</summary>
public sealed record Passage(string Id, string Text, string? Title = null);

/// <summary>A query (topic): external id and text.</summary>
public sealed record Query(string Id, string Text);

/// <summary>One relevance judgment: query, document and grade (binary qrels use 0/1).</summary>
public readonly record struct Qrel(string QueryId, string DocId, int Relevance);

/// <summary>A retrieved document with its score; the unit every retriever returns.</summary>
public readonly record struct ScoredDoc(string DocId, double Score);
