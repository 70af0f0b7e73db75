using System.Globalization;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Commands;

/// <summary>Writes one query's hits in the requested run format.</summary>
internal static class SearchRunOutput
{
    public static void Write(TextWriter w, string queryId, SearchHit[] hits, string format, string tag)
    {
        if (format == "anserini")
        {
            var scores = new float[hits.Length];
            for (int i = 0; i < hits.Length; i++)
            {
                scores[i] = hits[i].Score;
            }

            AnseriniScores.Adjust(scores);
            for (int i = 0; i < hits.Length; i++)
            {
                w.Write(queryId);
                w.Write(" Q0 ");
                w.Write(hits[i].DocId);
                w.Write(' ');
                w.Write((i + 1).ToString(CultureInfo.InvariantCulture));
                w.Write(' ');
                w.Write(AnseriniScores.Format(scores[i]));
                w.Write(' ');
                w.Write(tag);
                w.Write('\n');
            }

            return;
        }

        var runFormat = format == "msmarco" ? RunFormat.MsMarco : RunFormat.Trec;
        for (int i = 0; i < hits.Length; i++)
        {
            RunWriter.WriteLine(w, queryId, new ScoredDoc(hits[i].DocId, hits[i].Score), i + 1, runFormat, tag);
        }
    }
}
