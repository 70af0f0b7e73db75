using Quarry.Data.Records;

namespace Quarry.Data.Qrels;

/// <summary>Relevance judgments: query id -> (doc id -> grade). Grades may be negative or above 1 (graded qrels).</summary>
public sealed class QrelSet
{
    private readonly Dictionary<string, Dictionary<string, int>> _byQuery = new(StringComparer.Ordinal);

    /// <summary>Query ids in the order they first appeared.</summary>
    public IEnumerable<string> QueryIds => _byQuery.Keys;

    public int QueryCount => _byQuery.Count;

    /// <summary>The judgments of one query, or an empty map when it has none.</summary>
    public IReadOnlyDictionary<string, int> this[string queryId] =>
        _byQuery.TryGetValue(queryId, out var docs) ? docs : Empty;

    public bool Contains(string queryId) => _byQuery.ContainsKey(queryId);

    /// <summary>Adds a judgment; a repeated (query, doc) pair keeps the last grade (trec_eval refuses such qrels, as Quarry.Eval's Judgments.Load does).</summary>
    public void Add(Qrel qrel)
    {
        if (!_byQuery.TryGetValue(qrel.QueryId, out var docs))
        {
            docs = new Dictionary<string, int>(StringComparer.Ordinal);
            _byQuery.Add(qrel.QueryId, docs);
        }

        docs[qrel.DocId] = qrel.Relevance;
    }

    /// <summary>All judgments, query by query.</summary>
    public IEnumerable<Qrel> All()
    {
        foreach (var (qid, docs) in _byQuery)
        {
            foreach (var (doc, rel) in docs)
            {
                yield return new Qrel(qid, doc, rel);
            }
        }
    }

    private static readonly Dictionary<string, int> Empty = new(StringComparer.Ordinal);
}
