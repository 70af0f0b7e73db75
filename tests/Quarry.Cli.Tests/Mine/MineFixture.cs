using Quarry.Tests.Shared;

namespace Quarry.Cli.Tests.Mine;

/// <summary>
/// Real TREC DL inputs for `quarry mine`, plus a one-label-per-query qrels built here from the graded qrels
/// (highest grade, then smallest pid), the way MS MARCO's sparse training labels look.
/// </summary>
internal sealed class MineFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public MineFixture(string year)
    {
        FullQrels = SharedData.Path($"{year}/qrels.{year}-passage.txt");
        Queries = SharedData.Path(year == "dl19" ? "dl19/topics.dl19-passage.txt" : "dl20/topics.dl20.txt");
        Candidates = SharedData.Path($"{year}/runs/rank_llm.BM25.trec_results_{year}.top100.txt.gz");
        Passages = SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz");
        OneLabelQrels = _dir.File("one-label.qrels");
        Labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var best = new Dictionary<string, (int Grade, long Pid)>(StringComparer.Ordinal);
        foreach (string line in System.IO.File.ReadLines(FullQrels))
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            int grade = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            long pid = long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            if (grade >= 1 && (!best.TryGetValue(f[0], out var b) || grade > b.Grade || (grade == b.Grade && pid < b.Pid)))
            {
                best[f[0]] = (grade, pid);
            }
        }

        System.IO.File.WriteAllLines(OneLabelQrels, best.Select(kv => $"{kv.Key} 0 {kv.Value.Pid} 1"));
        foreach (var (qid, (_, pid)) in best)
        {
            Labels[qid] = pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public string FullQrels { get; }
    public string Queries { get; }
    public string Candidates { get; }
    public string Passages { get; }
    public string OneLabelQrels { get; }

    /// <summary>qid -> the one labelled pid.</summary>
    public Dictionary<string, string> Labels { get; }

    public string File(string name) => _dir.File(name);

    /// <summary>The common arguments plus <paramref name="extra"/>.</summary>
    public string[] Args(string output, params string[] extra) =>
    [
        "mine", "--qrels", OneLabelQrels, "--queries", Queries, "--candidates", Candidates,
        "--passages", Passages, "--output", output, .. extra,
    ];

    public void Dispose() => _dir.Dispose();
}
