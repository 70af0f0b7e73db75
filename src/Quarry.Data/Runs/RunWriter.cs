using System.Globalization;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Runs;

/// <summary>The layout of a written run file.</summary>
public enum RunFormat
{
    /// <summary>`qid Q0 docid rank score tag`.</summary>
    Trec,

    /// <summary>`qid<TAB>pid<TAB>rank`.</summary>
    MsMarco,
}

/// <summary>Writes runs atomically; hits are written in the order given, ranks counted from 1.</summary>
public static class RunWriter
{
    public static void Write(string path, IEnumerable<(string QueryId, IReadOnlyList<ScoredDoc> Hits)> queries, RunFormat format, string tag = "quarry")
    {
        using var output = new AtomicFileWriter(path);
        var w = output.Writer;
        foreach (var (qid, hits) in queries)
        {
            for (int i = 0; i < hits.Count; i++)
            {
                WriteLine(w, qid, hits[i], i + 1, format, tag);
            }
        }

        output.Commit();
    }

    public static void WriteLine(TextWriter w, string queryId, ScoredDoc hit, int rank, RunFormat format, string tag)
    {
        if (format == RunFormat.MsMarco)
        {
            w.Write(queryId);
            w.Write('\t');
            w.Write(hit.DocId);
            w.Write('\t');
            w.Write(rank.ToString(CultureInfo.InvariantCulture));
            w.Write('\n');
        }
        else
        {
            w.Write(queryId);
            w.Write(" Q0 ");
            w.Write(hit.DocId);
            w.Write(' ');
            w.Write(rank.ToString(CultureInfo.InvariantCulture));
            w.Write(' ');
            w.Write(hit.Score.ToString("0.######", CultureInfo.InvariantCulture));
            w.Write(' ');
            w.Write(tag);
            w.Write('\n');
        }
    }
}
