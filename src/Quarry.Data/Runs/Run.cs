using Quarry.Data.Records;

namespace Quarry.Data.Runs;

/// <summary>A ranked run: query id -> retrieved documents with scores, in the order they were added.</summary>
public sealed class Run
{
    private readonly Dictionary<string, List<ScoredDoc>> _byQuery = new(StringComparer.Ordinal);

    /// <summary>The run's tag (last column of a TREC run), when known.</summary>
    public string Tag { get; set; } = "quarry";

    /// <summary>Query ids in the order they first appeared.</summary>
    public IEnumerable<string> QueryIds => _byQuery.Keys;

    public int QueryCount => _byQuery.Count;

    /// <summary>The hits of one query, or an empty list when it has none.</summary>
    public IReadOnlyList<ScoredDoc> this[string queryId] =>
        _byQuery.TryGetValue(queryId, out var hits) ? hits : [];

    public bool Contains(string queryId) => _byQuery.ContainsKey(queryId);

    /// <summary>Appends a hit to a query.</summary>
    public void Add(string queryId, ScoredDoc hit)
    {
        if (!_byQuery.TryGetValue(queryId, out var hits))
        {
            hits = [];
            _byQuery.Add(queryId, hits);
        }

        hits.Add(hit);
    }

    /// <summary>Sets the hits of a query, replacing any it had.</summary>
    public void Set(string queryId, IEnumerable<ScoredDoc> hits) => _byQuery[queryId] = [.. hits];
}
