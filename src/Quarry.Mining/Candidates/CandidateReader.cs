using System.Globalization;
using Quarry.Data.IO;

namespace Quarry.Mining.Candidates;

/// <summary>
/// Streams a run (TREC `qid Q0 docid rank score tag`, or MS MARCO `qid pid rank`) one query block at a time,
/// so a 100M-line run never sits in memory. A query's lines must be consecutive, as every retriever writes them;
/// a query that comes back after another one is an input error naming the line.
/// Within a block, candidates are ordered by score descending (stable, so equal scores keep file order);
/// MS MARCO runs are ordered by rank. A repeated docid keeps its first line and is counted.
/// </summary>
public static class CandidateReader
{
    public static IEnumerable<CandidateList> Read(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        var hits = new List<(string Doc, double Score)>();
        var docsInBlock = new HashSet<string>(StringComparer.Ordinal);
        int repeated = 0;
        long ordinal = 0;
        bool any = false;
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (qidRange, doc, score) = ParseLine(path, number, line);
            any = true;
            var qidSpan = line.AsSpan(qidRange);
            if (current is null || !qidSpan.SequenceEqual(current))
            {
                string qid = qidSpan.ToString();
                if (current is not null)
                {
                    yield return Finish(current, hits, ordinal++, repeated);
                    hits = [];
                    docsInBlock.Clear();
                    repeated = 0;
                }

                if (!seen.Add(qid))
                {
                    throw new InputFormatException(path, number,
                        $"query '{qid}' appears again after other queries; the run must keep each query's lines together (sort it with 'sort -s -k1,1')");
                }

                current = qid;
            }

            if (docsInBlock.Add(doc))
            {
                hits.Add((doc, score));
            }
            else
            {
                repeated++;
            }
        }

        if (current is not null)
        {
            yield return Finish(current, hits, ordinal, repeated);
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, "the candidate run is empty");
        }
    }

    /// <summary>Counts the query blocks of a run without keeping them (needed to cut contiguous shards).</summary>
    public static long CountQueries(string path)
    {
        long count = 0;
        string? current = null;
        foreach (var (_, line) in TextInput.ReadLines(path))
        {
            var span = line.AsSpan().TrimStart();
            if (span.IsEmpty)
            {
                continue;
            }

            int end = span.IndexOfAny(' ', '\t');
            var qid = end < 0 ? span : span[..end];
            if (current is null || !qid.SequenceEqual(current))
            {
                current = qid.ToString();
                count++;
            }
        }

        return count;
    }

    private static CandidateList Finish(string qid, List<(string Doc, double Score)> hits, long ordinal, int repeated)
    {
        // Stable: List.Sort is not, so sort indices with the index as the final key.
        var order = new int[hits.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int c = hits[b].Score.CompareTo(hits[a].Score);
            return c != 0 ? c : a.CompareTo(b);
        });
        var docs = new string[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            docs[i] = hits[order[i]].Doc;
        }

        return new CandidateList(qid, docs, ordinal, repeated);
    }

    // The query id is returned as a range: it is the same on ~200 consecutive lines and need not be allocated each time.
    private static (Range Qid, string Doc, double Score) ParseLine(string path, long number, string line)
    {
        Span<Range> fields = stackalloc Range[8];
        var span = line.AsSpan();
        int count = span.SplitAny(fields, " \t", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (count == 6)
        {
            if (!double.TryParse(span[fields[4]], NumberStyles.Float, CultureInfo.InvariantCulture, out double score) || !double.IsFinite(score))
            {
                throw new InputFormatException(path, number, $"expected a numeric score in column 5, found '{span[fields[4]]}'");
            }

            return (fields[0], span[fields[2]].ToString(), score);
        }

        if (count == 3)
        {
            if (!int.TryParse(span[fields[2]], NumberStyles.Integer, CultureInfo.InvariantCulture, out int rank))
            {
                throw new InputFormatException(path, number, $"expected an integer rank in column 3, found '{span[fields[2]]}'");
            }

            return (fields[0], span[fields[1]].ToString(), -(double)rank);
        }

        throw new InputFormatException(path, number, $"expected a run line 'qid Q0 docid rank score tag' (or MS MARCO's 'qid pid rank'), found {count} columns");
    }
}
