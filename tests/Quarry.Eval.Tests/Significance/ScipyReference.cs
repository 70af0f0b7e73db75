using System.Text.Json;
using Quarry.Tests.Shared;

namespace Quarry.Eval.Tests.Significance;

/// <summary>One line of significance/scipy-reference.jsonl: two per-query arrays and SciPy 1.10.1's results on them.</summary>
internal sealed record ScipyCase(string Name, double[] A, double[] B, double TStatistic, double TPValue, IReadOnlyDictionary<string, (double Statistic, double PValue)> Wilcoxon)
{
    public override string ToString() => Name;

    public static IReadOnlyList<ScipyCase> Load()
    {
        var cases = new List<ScipyCase>();
        foreach (string line in File.ReadLines(SharedData.Path("significance/scipy-reference.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var wilcoxon = new Dictionary<string, (double, double)>();
            foreach (string method in new[] { "wilcox", "pratt", "zsplit" })
            {
                var w = root.GetProperty($"wilcoxon_{method}_approx");
                wilcoxon[method] = (w.GetProperty("statistic").GetDouble(), w.GetProperty("pvalue").GetDouble());
            }

            var t = root.GetProperty("ttest_rel");
            string name = $"{root.GetProperty("run_a").GetString()} vs {root.GetProperty("run_b").GetString()} {root.GetProperty("measure").GetString()}";
            cases.Add(new ScipyCase(
                name,
                [.. root.GetProperty("a").EnumerateArray().Select(e => e.GetDouble())],
                [.. root.GetProperty("b").EnumerateArray().Select(e => e.GetDouble())],
                t.GetProperty("statistic").GetDouble(),
                t.GetProperty("pvalue").GetDouble(),
                wilcoxon));
        }

        return cases;
    }
}
