using System.Text;
using Quarry.Data.IO;

namespace Quarry.Eval.Input;

/// <summary>
/// The TREC run parser: each non-blank line needs at least 6 whitespace-separated fields (later ones are ignored, as in
/// trec_eval); the score must be a finite number; a docno may appear once per query; the rank field is ignored.
/// Lines go to the query that <c>open</c> returns for their qid; <c>close</c> hears when a block of lines of one qid ends,
/// which lets a caller measure a query and let its documents go as soon as the run moves on.
/// </summary>
internal static class RunScanner
{
    /// <summary>Parses the file; returns the run id (tag of the last line) and the number of documents.</summary>
    public static (string RunId, long Documents) Scan(string path, Func<string, QueryRun> open, Action<string, QueryRun> close)
    {
        byte[] lastQid = new byte[64];
        int lastQidLength = -1;
        string currentQid = "";
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
                if (current is not null)
                {
                    close(currentQid, current);
                }

                currentQid = Fields.Text(qid);
                current = open(currentQid);
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
                    $"document '{Fields.Text(line[f[2]])}' appears twice for query '{currentQid}' (trec_eval refuses duplicates)");
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

        close(currentQid, current!);
        return (Encoding.UTF8.GetString(tag, 0, tagLength), docs);
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
