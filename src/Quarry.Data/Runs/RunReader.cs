using System.Globalization;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Runs;

/// <summary>
/// Reads runs in TREC form (`qid Q0 docid rank score tag`, whitespace-separated) or MS MARCO form
/// (`qid pid rank`, where the score becomes -rank so that score order is rank order).
/// A docid repeated within one query is an error, as in trec_eval.
/// </summary>
public static class RunReader
{
    public static Run Load(string path)
    {
        var run = new Run();
        var seen = new HashSet<(string, string)>();
        bool any = false;
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string qid, docid;
            double score;
            if (fields.Length == 6)
            {
                qid = fields[0];
                docid = fields[2];
                if (!double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out score) || !double.IsFinite(score))
                {
                    throw new InputFormatException(path, number, $"expected a numeric score in column 5, found '{fields[4]}'");
                }

                run.Tag = fields[5];
            }
            else if (fields.Length == 3)
            {
                qid = fields[0];
                docid = fields[1];
                if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int rank))
                {
                    throw new InputFormatException(path, number, $"expected an integer rank in column 3, found '{fields[2]}'");
                }

                score = -rank;
            }
            else
            {
                throw new InputFormatException(path, number, $"expected 6 columns 'qid Q0 docid rank score tag' (or MS MARCO's 3), found {fields.Length}");
            }

            if (!seen.Add((qid, docid)))
            {
                throw new InputFormatException(path, number, $"document '{docid}' appears twice for query '{qid}'");
            }

            run.Add(qid, new ScoredDoc(docid, score));
            any = true;
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, "the run file is empty");
        }

        return run;
    }
}
