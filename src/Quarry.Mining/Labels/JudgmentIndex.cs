using Quarry.Data.Qrels;

namespace Quarry.Mining.Labels;

/// <summary>
/// Qrels held compactly for lookup by query (one small array per query rather than a dictionary per query,
/// which matters at 503K training queries). Used both for the training labels and for the audit's dense qrels.
/// </summary>
public sealed class JudgmentIndex
{
    private static readonly Judgment[] None = [];
    private readonly Dictionary<string, Judgment[]> _byQuery;

    private JudgmentIndex(Dictionary<string, Judgment[]> byQuery) => _byQuery = byQuery;

    /// <summary>Queries with at least one kept judgment.</summary>
    public IEnumerable<string> QueryIds => _byQuery.Keys;

    public int QueryCount => _byQuery.Count;

    /// <summary>Loads a qrels file, keeping judgments with grade at least <paramref name="minGrade"/> (int.MinValue keeps all).</summary>
    public static JudgmentIndex Load(string path, int minGrade = int.MinValue) => FromQrels(QrelsReader.Read(path), minGrade);

    /// <summary>Builds from judgments; a repeated (query, doc) keeps the last grade, as trec_eval does.</summary>
    public static JudgmentIndex FromQrels(IEnumerable<Data.Records.Qrel> qrels, int minGrade = int.MinValue)
    {
        var lists = new Dictionary<string, List<Judgment>>(StringComparer.Ordinal);
        foreach (var q in qrels)
        {
            if (!lists.TryGetValue(q.QueryId, out var list))
            {
                list = new List<Judgment>(1);
                lists.Add(q.QueryId, list);
            }

            int existing = list.FindIndex(j => string.Equals(j.DocId, q.DocId, StringComparison.Ordinal));
            if (existing >= 0)
            {
                list[existing] = new Judgment(q.DocId, q.Relevance);
            }
            else
            {
                list.Add(new Judgment(q.DocId, q.Relevance));
            }
        }

        var byQuery = new Dictionary<string, Judgment[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (qid, list) in lists)
        {
            var kept = list.FindAll(j => j.Grade >= minGrade);
            if (kept.Count > 0)
            {
                byQuery.Add(qid, [.. kept]);
            }
        }

        return new JudgmentIndex(byQuery);
    }

    /// <summary>The kept judgments of a query (empty when none).</summary>
    public IReadOnlyList<Judgment> this[string queryId] => _byQuery.TryGetValue(queryId, out var j) ? j : None;

    /// <summary>The grade of (query, doc), or null when unjudged.</summary>
    public int? GradeOf(string queryId, string docId)
    {
        if (!_byQuery.TryGetValue(queryId, out var judgments))
        {
            return null;
        }

        foreach (var j in judgments)
        {
            if (string.Equals(j.DocId, docId, StringComparison.Ordinal))
            {
                return j.Grade;
            }
        }

        return null;
    }

    public bool Contains(string queryId) => _byQuery.ContainsKey(queryId);
}
