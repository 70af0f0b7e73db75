using System.Buffers.Text;
using System.Text;
using Quarry.Data.IO;

namespace Quarry.Eval.Input;

/// <summary>
/// The TREC run parser: each non-blank line needs at least 6 whitespace-separated fields (later ones are ignored, as in
/// trec_eval); the score must be a finite number; a docno may appear once per query; the rank field is ignored.
/// Lines go to the query that <c>open</c> returns for their qid; <c>close</c> hears when a block of lines of one qid ends,
/// which lets a caller measure a query and let its documents go as soon as the run moves on.
/// A file whose first line has exactly 3 fields is read as an MS MARCO run (<c>qid pid rank</c>, score = -rank, run id
/// "msmarco"), an extension: trec_eval itself refuses such files.
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
        bool? msmarco = null;
        using var scanner = LineReader.Open(path, 1 << 20);
        while (scanner.TryReadLine(out var line))
        {
            int n = Fields.Split(line, f);
            if (n == 0)
            {
                continue;
            }

            msmarco ??= n == 3;
            ReadOnlySpan<byte> docno, tagBytes;
            double score;
            if (msmarco.Value)
            {
                if (n != 3)
                {
                    throw new InputFormatException(path, scanner.LineNumber, $"expected 3 fields 'qid pid rank' (an MS MARCO run, as line 1 is), found {n}");
                }

                var rankText = line[f[2]];
                if (!Utf8Parser.TryParse(rankText, out int rank, out int used) || used != rankText.Length || rank <= 0)
                {
                    throw new InputFormatException(path, scanner.LineNumber, $"expected a positive integer rank in field 3, found '{Fields.Text(rankText)}'");
                }

                docno = line[f[1]];
                score = -rank; // rank 1 ranks first
                tagBytes = "msmarco"u8;
            }
            else
            {
                if (n < 6)
                {
                    throw new InputFormatException(path, scanner.LineNumber, $"expected 6 fields 'qid Q0 docno rank score tag', found {n}");
                }

                var scoreText = line[f[4]];
                if (!ScoreParser.TryParse(scoreText, out score))
                {
                    throw new InputFormatException(path, scanner.LineNumber, $"expected a numeric score in field 5, found '{Fields.Text(scoreText)}'");
                }

                docno = line[f[2]];
                tagBytes = line[f[5]];
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

            if (!current!.Add(docno, score))
            {
                throw new InputFormatException(path, scanner.LineNumber,
                    $"document '{Fields.Text(docno)}' appears twice for query '{currentQid}' (trec_eval refuses duplicates)");
            }

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
