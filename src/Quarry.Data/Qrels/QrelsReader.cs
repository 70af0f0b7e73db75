using System.Globalization;
using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Qrels;

/// <summary>
/// Reads qrels: TREC (`qid iter docid rel`, tab- or space-separated; iter is `0` or `Q0`),
/// BEIR (`query-id corpus-id score` with a header line) and MS MARCO (same as TREC).
/// Lines starting with '#' and blank lines are skipped.
/// </summary>
public static class QrelsReader
{
    /// <summary>Streams the judgments of a file.</summary>
    public static IEnumerable<Qrel> Read(string path)
    {
        bool first = true;
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (first)
            {
                first = false;
                if (fields.Length == 3 && fields[0] == "query-id")
                {
                    continue; // BEIR header
                }
            }

            string qid, docid, relText;
            if (fields.Length == 4)
            {
                (qid, docid, relText) = (fields[0], fields[2], fields[3]);
            }
            else if (fields.Length == 3)
            {
                (qid, docid, relText) = (fields[0], fields[1], fields[2]);
            }
            else
            {
                throw new InputFormatException(path, number, $"expected 4 columns 'qid iter docid rel' (or BEIR's 3), found {fields.Length}");
            }

            if (!int.TryParse(relText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int rel))
            {
                if (double.TryParse(relText, NumberStyles.Float, CultureInfo.InvariantCulture, out double relDouble))
                {
                    rel = (int)relDouble;
                }
                else
                {
                    throw new InputFormatException(path, number, $"expected an integer relevance grade, found '{relText}'");
                }
            }

            yield return new Qrel(qid, docid, rel);
        }

        if (first)
        {
            throw new InputFormatException(path, 0, "the qrels file is empty");
        }
    }

    /// <summary>Loads a whole qrels file.</summary>
    public static QrelSet Load(string path)
    {
        var set = new QrelSet();
        foreach (var qrel in Read(path))
        {
            set.Add(qrel);
        }

        return set;
    }
}
