using System.Buffers.Text;
using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Qrels;

namespace Quarry.Eval.Input;

/// <summary>The judgments of one query: docno bytes -> grade, plus the count of judged documents per grade.</summary>
internal sealed class QueryJudgments
{
    public ByteKeyTable Docs { get; } = new();

    /// <summary>Documents judged at each grade 0..max (negative grades, "in the pool but unjudged", are not counted).</summary>
    public int[] LevelCounts { get; private set; } = [];

    /// <summary>Judgments with a grade above 0, whatever the relevance level (trec_eval -c's num_rel counts these).</summary>
    public int PositiveCount { get; private set; }

    public void Seal()
    {
        int max = -1;
        for (int i = 0; i < Docs.Count; i++)
        {
            max = Math.Max(max, Docs.Value(i));
        }

        var counts = new int[max + 1];
        for (int i = 0; i < Docs.Count; i++)
        {
            int rel = Docs.Value(i);
            if (rel >= 0)
            {
                counts[rel]++;
            }

            if (rel > 0)
            {
                PositiveCount++;
            }
        }

        LevelCounts = counts;
    }
}

/// <summary>
/// Relevance judgments prepared for trec_eval-exact evaluation: per query, documents looked up by their bytes.
/// Load from a TREC qrels file (<c>qid iter docno rel</c>) or convert a <see cref="QrelSet"/>.
/// </summary>
public sealed class Judgments
{
    private readonly Dictionary<string, QueryJudgments> _byQuery = new(StringComparer.Ordinal);

    private Judgments()
    {
    }

    /// <summary>Query ids, in trec_eval's order (byte-wise ascending).</summary>
    public IReadOnlyList<string> QueryIds { get; private set; } = [];

    public int QueryCount => _byQuery.Count;

    internal QueryJudgments? Get(string qid) => _byQuery.GetValueOrDefault(qid);

    /// <summary>
    /// Reads a TREC qrels file (gzip allowed). Lines starting with '#' and blank lines are skipped (as trec_eval 10 does);
    /// anything else must have 4 fields with an integer grade, and a document may be judged once per query.
    /// </summary>
    public static Judgments Load(string path)
    {
        var result = new Judgments();
        using var scanner = LineReader.Open(path, 1 << 20);
        Span<Range> f = stackalloc Range[5];
        string lastQid = "";
        byte[] lastQidBytes = [];
        QueryJudgments? current = null;
        while (scanner.TryReadLine(out var line))
        {
            if (Fields.IsBlank(line) || line.TrimStart((byte)' ')[0] == (byte)'#')
            {
                continue;
            }

            int n = Fields.Split(line, f);
            if (n != 4)
            {
                throw new InputFormatException(path, scanner.LineNumber, $"expected 4 fields 'qid iter docno rel', found {n}");
            }

            var qidBytes = line[f[0]];
            if (current is null || !lastQidBytes.AsSpan().SequenceEqual(qidBytes))
            {
                lastQidBytes = qidBytes.ToArray();
                lastQid = Fields.Text(qidBytes);
                if (!result._byQuery.TryGetValue(lastQid, out current))
                {
                    current = new QueryJudgments();
                    result._byQuery.Add(lastQid, current);
                }
            }

            int rel = ParseGrade(line[f[3]], path, scanner.LineNumber);
            if (current.Docs.Add(line[f[2]], rel) < 0)
            {
                throw new InputFormatException(path, scanner.LineNumber, $"document '{Fields.Text(line[f[2]])}' is judged twice for query '{lastQid}'");
            }
        }

        if (result._byQuery.Count == 0)
        {
            throw new InputFormatException(path, 0, scanner.SawBytes ? "no judgments found (only comments or blank lines)" : "the qrels file is empty");
        }

        result.Seal();
        return result;
    }

    /// <summary>Converts loaded qrels.</summary>
    public static Judgments From(QrelSet qrels)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        var result = new Judgments();
        foreach (string qid in qrels.QueryIds)
        {
            var q = new QueryJudgments();
            foreach (var (doc, rel) in qrels[qid])
            {
                q.Docs.Add(Encoding.UTF8.GetBytes(doc), rel);
            }

            result._byQuery.Add(qid, q);
        }

        result.Seal();
        return result;
    }

    private void Seal()
    {
        foreach (var q in _byQuery.Values)
        {
            q.Seal();
        }

        var ids = _byQuery.Keys.ToArray();
        Array.Sort(ids, QidOrder.Instance);
        QueryIds = ids;
    }

    private static int ParseGrade(ReadOnlySpan<byte> text, string path, long line)
    {
        if (Utf8Parser.TryParse(text, out int rel, out int used) && used == text.Length)
        {
            return rel;
        }

        // trec_eval reads the grade with atol; a grade written as "1.0" means 1.
        if (Utf8Parser.TryParse(text, out double d, out used) && used == text.Length && double.IsFinite(d))
        {
            return (int)d;
        }

        throw new InputFormatException(path, line, $"expected an integer relevance grade in field 4, found '{Fields.Text(text)}'");
    }
}

/// <summary>trec_eval orders query ids with strcmp: byte-wise on UTF-8, which ordinal UTF-16 order matches for ids in practice.</summary>
internal sealed class QidOrder : IComparer<string>
{
    public static readonly QidOrder Instance = new();

    public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);
}
