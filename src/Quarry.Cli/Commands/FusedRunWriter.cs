using System.Globalization;
using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Runs;

namespace Quarry.Cli.Commands;

/// <summary>
/// Writes fused and dense runs atomically. TREC scores are printed in full (round-trip) precision: fused scores such as
/// 1/61 + 1/62 differ in late decimals, and trec_eval re-sorts by the printed score.
/// </summary>
internal static class FusedRunWriter
{
    public static void Write(string path, Run run, RunFormat format, string tag)
    {
        using var output = new AtomicFileWriter(path);
        var w = output.Writer;
        foreach (string q in run.QueryIds)
        {
            var hits = run[q];
            for (int i = 0; i < hits.Count; i++)
            {
                WriteLine(w, q, hits[i].DocId, i + 1, hits[i].Score, format, tag);
            }
        }

        output.Commit();
    }

    /// <summary>One run line; TREC scores in round-trip precision.</summary>
    public static void WriteLine(TextWriter w, string queryId, string docId, int rank, double score, RunFormat format, string tag)
    {
        if (format == RunFormat.MsMarco)
        {
            RunWriter.WriteLine(w, queryId, new ScoredDoc(docId, score), rank, format, tag);
            return;
        }

        w.Write(queryId);
        w.Write(" Q0 ");
        w.Write(docId);
        w.Write(' ');
        w.Write(rank.ToString(CultureInfo.InvariantCulture));
        w.Write(' ');
        w.Write(score.ToString("R", CultureInfo.InvariantCulture));
        w.Write(' ');
        w.Write(tag);
        w.Write('\n');
    }
}
