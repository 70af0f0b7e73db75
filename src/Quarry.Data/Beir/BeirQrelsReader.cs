using System.Globalization;
using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Qrels;
using Quarry.Data.Records;

namespace Quarry.Data.Beir;

/// <summary>
/// Reads BEIR `qrels/{split}.tsv`: a header `query-id<TAB>corpus-id<TAB>score`, then one judgment per line.
/// Stricter than <see cref="QrelsReader"/>, which also accepts these files: the header and three columns are required.
/// </summary>
public static class BeirQrelsReader
{
    private const string Layout = "query-id<TAB>corpus-id<TAB>score";

    /// <summary>Streams the judgments of <paramref name="path"/>.</summary>
    public static IEnumerable<Qrel> Read(string path)
    {
        bool header = false;
        foreach (var qrel in LineRecords.Read<Qrel?>(path, null, "a header 'query-id<TAB>corpus-id<TAB>score' and judgments", (line, number, _) =>
        {
            Span<Range> f = stackalloc Range[3];
            TsvFields.Split(line, f, lastTakesRest: false, path, number, Layout);
            if (!header)
            {
                header = true;
                if (!line[f[0]].SequenceEqual("query-id"u8))
                {
                    throw new InputFormatException(path, number, $"expected the BEIR header '{Layout}'");
                }

                return null;
            }

            string score = Encoding.UTF8.GetString(line[f[2]]).Trim();
            if (!int.TryParse(score, NumberStyles.Integer, CultureInfo.InvariantCulture, out int grade))
            {
                throw new InputFormatException(path, number, $"expected an integer score, found '{score}'");
            }

            return new Qrel(TsvFields.Id(line[f[0]], path, number, "query id"), TsvFields.Id(line[f[1]], path, number, "corpus id"), grade);
        }))
        {
            if (qrel is { } q)
            {
                yield return q;
            }
        }
    }

    /// <summary>Loads a split's judgments into a <see cref="QrelSet"/>.</summary>
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
