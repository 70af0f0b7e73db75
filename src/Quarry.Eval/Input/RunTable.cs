using System.Text;
using Quarry.Data.Runs;

namespace Quarry.Eval.Input;

/// <summary>The retrieved documents of one query, in file order: docno bytes (unique) and scores.</summary>
internal sealed class QueryRun
{
    private double[] _scores = new double[16];

    public ByteKeyTable Docs { get; } = new();

    public int Count => Docs.Count;

    public ReadOnlySpan<double> Scores => _scores.AsSpan(0, Docs.Count);

    /// <summary>The score buffer itself (at least <see cref="Count"/> long), for comparers that cannot hold a span.</summary>
    public double[] ScoreBuffer => _scores;

    /// <summary>Adds a document; false when the query already has it.</summary>
    public bool Add(ReadOnlySpan<byte> docno, double score)
    {
        int index = Docs.Add(docno, 0);
        if (index < 0)
        {
            return false;
        }

        if (index == _scores.Length)
        {
            Array.Resize(ref _scores, _scores.Length * 2);
        }

        _scores[index] = score;
        return true;
    }
}

/// <summary>
/// A run prepared for trec_eval-exact evaluation. <see cref="Load"/> parses a TREC run file
/// (<c>qid Q0 docno rank score tag</c>, gzip allowed) straight from bytes, with no string per line:
/// parsing is most of an evaluation's time.
/// </summary>
public sealed class RunTable
{
    private readonly Dictionary<string, QueryRun> _byQuery = new(StringComparer.Ordinal);

    private RunTable(string runId) => RunId = runId;

    /// <summary>The run tag trec_eval reports as runid: the tag of the file's last line.</summary>
    public string RunId { get; private set; }

    public int QueryCount => _byQuery.Count;

    /// <summary>Query ids, in trec_eval's order (byte-wise ascending).</summary>
    public IReadOnlyList<string> QueryIds { get; private set; } = [];

    /// <summary>Total number of documents over all queries.</summary>
    public long DocumentCount { get; private set; }

    internal QueryRun? Get(string qid) => _byQuery.GetValueOrDefault(qid);

    /// <summary>
    /// Reads a TREC run. Each non-blank line needs at least 6 whitespace-separated fields (later ones are ignored, as in
    /// trec_eval); the score must be a finite number; a docno may appear once per query. The rank field is ignored.
    /// </summary>
    public static RunTable Load(string path)
    {
        var table = new RunTable("");
        var (runId, docs) = RunScanner.Scan(
            path,
            qid =>
            {
                if (!table._byQuery.TryGetValue(qid, out var query))
                {
                    query = new QueryRun();
                    table._byQuery.Add(qid, query);
                }

                return query;
            },
            (_, _) => { });
        table.RunId = runId;
        table.DocumentCount = docs;
        table.Seal();
        return table;
    }

    /// <summary>Converts a loaded run; its hits' order does not matter (trec_eval re-sorts by score).</summary>
    public static RunTable From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = new RunTable(run.Tag);
        foreach (string qid in run.QueryIds)
        {
            var q = new QueryRun();
            foreach (var hit in run[qid])
            {
                if (!q.Add(Encoding.UTF8.GetBytes(hit.DocId), hit.Score))
                {
                    throw new FormatException($"run: document '{hit.DocId}' appears twice for query '{qid}'");
                }
            }

            table._byQuery.Add(qid, q);
            table.DocumentCount += q.Count;
        }

        table.Seal();
        return table;
    }

    private void Seal()
    {
        var ids = _byQuery.Keys.ToArray();
        Array.Sort(ids, QidOrder.Instance);
        QueryIds = ids;
    }
}
