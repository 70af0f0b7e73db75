using System.Globalization;
using System.Text;

namespace Quarry.Bench.Mining;

/// <summary>A synthetic MS MARCO-shaped mining input: passages, queries, one label each, top-N candidates per query.</summary>
internal static class Workload
{
    public static void Write(string dir, int passages, int queries, int depth)
    {
        var random = new Random(20261127);
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        using (var w = new StreamWriter(Path.Combine(dir, "collection.tsv"), false, new UTF8Encoding(false), 1 << 16))
        {
            var sb = new StringBuilder();
            for (int pid = 0; pid < passages; pid++)
            {
                sb.Clear().Append(pid).Append('\t');
                int n = 20 + random.Next(40);
                for (int j = 0; j < n; j++)
                {
                    sb.Append(j == 0 ? "" : " ").Append(words[random.Next(words.Length)]);
                }

                w.Write(sb.Append('\n'));
            }
        }

        using var q = new StreamWriter(Path.Combine(dir, "queries.tsv"));
        using var qrels = new StreamWriter(Path.Combine(dir, "qrels.tsv"));
        using var run = new StreamWriter(Path.Combine(dir, "run.tsv"), false, new UTF8Encoding(false), 1 << 16);
        var seen = new HashSet<int>();
        for (int i = 0; i < queries; i++)
        {
            int qid = 1_000_000 + i;
            q.Write(FormattableString.Invariant($"{qid}\tsynthetic query {i}\n"));
            int pos = random.Next(passages);
            qrels.Write(FormattableString.Invariant($"{qid} 0 {pos} 1\n"));
            seen.Clear();
            for (int r = 1; r <= depth; r++)
            {
                int pid = r == 1 + (i % depth) ? pos : random.Next(passages);
                if (!seen.Add(pid))
                {
                    continue;
                }

                run.Write(FormattableString.Invariant($"{qid}\t{pid}\t{r}\n"));
            }
        }
    }
}
