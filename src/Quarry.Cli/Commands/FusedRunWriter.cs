using System.Globalization;
using Quarry.Data.IO;
using Quarry.Data.Runs;

namespace Quarry.Cli.Commands;

/// <summary>
/// Writes a fused run atomically. TREC scores are printed in full (round-trip) precision: fused scores such as
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
                if (format == RunFormat.MsMarco)
                {
                    RunWriter.WriteLine(w, q, hits[i], i + 1, format, tag);
                    continue;
                }

                w.Write(q);
                w.Write(" Q0 ");
                w.Write(hits[i].DocId);
                w.Write(' ');
                w.Write((i + 1).ToString(CultureInfo.InvariantCulture));
                w.Write(' ');
                w.Write(hits[i].Score.ToString("R", CultureInfo.InvariantCulture));
                w.Write(' ');
                w.Write(tag);
                w.Write('\n');
            }
        }

        output.Commit();
    }
}
