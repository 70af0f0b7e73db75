using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Runs;

namespace Quarry.Eval.Input;

/// <summary>The retrieved documents of one query, in file order: docno bytes (unique) and scores.</summary>
internal sealed class QueryRun
{
    private double[] _scores = new double[16];

    public ByteKeyTable Docs { get; } = new();

    public int Count => Docs.Count;

    public ReadOnlySpan<double> Scores => _scores.AsSpan(0, Docs.Count);

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
        var qidIndex = new ByteKeyTable();
        var queries = new List<QueryRun>();
        byte[] lastQid = new byte[64];
        int lastQidLength = -1;
        QueryRun? current = null;
        byte[] tag = new byte[64];
        int tagLength = 0;
        long docs = 0;
        Span<Range> f = stackalloc Range[6];
        using var scanner = new LineScanner(path);
        while (scanner.Next(out var line))
        {
            int n = Fields.Split(line, f);
            if (n == 0)
            {
                continue;
            }

            if (n < 6)
            {
                throw new InputFormatException(path, scanner.LineNumber, $"expected 6 fields 'qid Q0 docno rank score tag', found {n}");
            }

            var qid = line[f[0]];
            if (lastQidLength < 0 || !qid.SequenceEqual(lastQid.AsSpan(0, lastQidLength)))
            {
                int index = qidIndex.IndexOf(qid);
                if (index < 0)
                {
                    index = qidIndex.Add(qid, queries.Count);
                    current = new QueryRun();
                    queries.Add(current);
                }
                else
                {
                    current = queries[qidIndex.Value(index)];
                }

                Remember(ref lastQid, qid);
                lastQidLength = qid.Length;
            }

            var scoreText = line[f[4]];
            if (!ScoreParser.TryParse(scoreText, out double score))
            {
                throw new InputFormatException(path, scanner.LineNumber, $"expected a numeric score in field 5, found '{Fields.Text(scoreText)}'");
            }

            if (!current!.Add(line[f[2]], score))
            {
                throw new InputFormatException(path, scanner.LineNumber,
                    $"document '{Fields.Text(line[f[2]])}' appears twice for query '{Fields.Text(qid)}' (trec_eval refuses duplicates)");
            }

            var tagBytes = line[f[5]];
            Remember(ref tag, tagBytes);
            tagLength = tagBytes.Length;
            docs++;
        }

        if (docs == 0)
        {
            throw new InputFormatException(path, 0, scanner.SawBytes ? "the run has no result lines" : "the run file is empty");
        }

        table.RunId = Encoding.UTF8.GetString(tag, 0, tagLength);
        for (int i = 0; i < qidIndex.Count; i++)
        {
            table._byQuery.Add(Fields.Text(qidIndex.Key(i)), queries[qidIndex.Value(i)]);
        }

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

    private static void Remember(ref byte[] buffer, ReadOnlySpan<byte> value)
    {
        if (value.Length > buffer.Length)
        {
            buffer = new byte[value.Length * 2];
        }

        value.CopyTo(buffer);
    }
}
