using System.Globalization;
using System.Text;

namespace Quarry.Bench.Eval;

/// <summary>
/// A dev-sized synthetic run over real qrels: every qrels query gets <c>depth</c> distinct MS MARCO pids, its relevant
/// passage among them most of the time, scores descending with 4 decimals (so ties occur, as in real runs).
/// </summary>
internal static class SyntheticRun
{
    private const int CollectionSize = 8_841_823;

    public static (int Queries, long Lines) Write(string qrelsPath, string runPath, int depth, int seed)
    {
        var relevant = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(qrelsPath))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 4 && f[3] != "0")
            {
                if (!relevant.TryGetValue(f[0], out var list))
                {
                    relevant[f[0]] = list = [];
                }

                list.Add(f[2]);
            }
        }

        var random = new Random(seed);
        long lines = 0;
        using var writer = new StreamWriter(runPath, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var docs = new List<string>(depth);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (qid, rels) in relevant)
        {
            docs.Clear();
            seen.Clear();
            if (random.NextDouble() < 0.85)
            {
                seen.Add(rels[0]);
            }

            while (seen.Count < depth)
            {
                seen.Add(random.Next(CollectionSize).ToString(CultureInfo.InvariantCulture));
            }

            docs.AddRange(seen);
            Shuffle(docs, random, keepFirstNear: random.Next(Math.Min(depth, 40)));
            double score = 40 + (random.NextDouble() * 10);
            for (int rank = 0; rank < docs.Count; rank++)
            {
                score -= random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 0.02;
                writer.Write(qid);
                writer.Write(" Q0 ");
                writer.Write(docs[rank]);
                writer.Write(' ');
                writer.Write((rank + 1).ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.Write(score.ToString("F4", CultureInfo.InvariantCulture));
                writer.Write(" synthetic\n");
                lines++;
            }
        }

        return (relevant.Count, lines);
    }

    // The (possibly) relevant passage was added first; move it to a random early rank and shuffle the rest.
    private static void Shuffle(List<string> docs, Random random, int keepFirstNear)
    {
        for (int i = docs.Count - 1; i > 1; i--)
        {
            int j = 1 + random.Next(i);
            (docs[i], docs[j]) = (docs[j], docs[i]);
        }

        (docs[0], docs[keepFirstNear]) = (docs[keepFirstNear], docs[0]);
    }
}
