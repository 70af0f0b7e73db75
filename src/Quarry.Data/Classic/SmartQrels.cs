using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Classic;

/// <summary>Judgment files of the classic collections, each with its own columns and grades.</summary>
public static class SmartQrels
{
    /// <summary>`qid docid ...` lines (CISI.REL, ADI.REL, CACM qrels.text): every listed pair is relevant (grade 1); ids lose leading zeros.</summary>
    public static IEnumerable<Qrel> ReadPairs(string path, string docPrefix = "")
    {
        foreach (var (number, fields) in Fields(path))
        {
            if (fields.Length < 2)
            {
                throw new InputFormatException(path, number, "expected 'qid docid ...'");
            }

            yield return new Qrel(Number(fields[0], path, number), docPrefix + Number(fields[1], path, number), 1);
        }
    }

    /// <summary>
    /// Cranfield's `cranqrel`: `qid docid code`, code 1 (complete answer) to 4 (minimum interest) mapped to gains 4..1;
    /// code -1 (undocumented, judged) becomes gain 0.
    /// </summary>
    public static IEnumerable<Qrel> ReadCranfield(string path)
    {
        foreach (var (number, fields) in Fields(path))
        {
            if (fields.Length != 3 || !int.TryParse(fields[2], out int code) || code is not (-1 or 1 or 2 or 3 or 4))
            {
                throw new InputFormatException(path, number, "expected 'qid docid code' with code 1-4 or -1");
            }

            yield return new Qrel(Number(fields[0], path, number), Number(fields[1], path, number), code < 0 ? 0 : 5 - code);
        }
    }

    /// <summary>TREC-style `qid 0 docid grade` (MED.REL, NPL qrels).</summary>
    public static IEnumerable<Qrel> ReadTrec(string path)
    {
        foreach (var (number, fields) in Fields(path))
        {
            if (fields.Length != 4 || !int.TryParse(fields[3], out int grade))
            {
                throw new InputFormatException(path, number, "expected 'qid 0 docid grade'");
            }

            yield return new Qrel(fields[0], fields[2], grade);
        }
    }

    private static IEnumerable<(long Number, string[] Fields)> Fields(string path)
    {
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            string[] fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0)
            {
                yield return (number, fields);
            }
        }
    }

    private static string Number(string field, string path, long line) =>
        int.TryParse(field, out int value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : throw new InputFormatException(path, line, $"expected a number, found '{field}'");
}
