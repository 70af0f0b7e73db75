using System.Globalization;

namespace Quarry.Eval.Comparison;

/// <summary>
/// Label-sparsity warnings: a run whose top k is mostly unjudged has a score that is mostly a lower bound, and a run
/// judged much less than the baseline may lose only because its documents were never assessed.
/// </summary>
public static class JudgedWarnings
{
    public static IReadOnlyList<string> For(string baseline, IReadOnlyList<QrelsComparison> sets, ComparisonOptions options)
    {
        var warnings = new List<string>();
        string k = options.JudgedDepth.ToString(CultureInfo.InvariantCulture);
        foreach (var set in sets)
        {
            var sparse = set.Coverage.Where(c => c.JudgedAtK < options.JudgedWarningThreshold).ToList();
            if (sparse.Count > 0)
            {
                string list = string.Join(", ", sparse.Select(c => $"{c.Run} {F(c.JudgedAtK)}"));
                warnings.Add($"{set.Name}: Judged@{k} below {F(options.JudgedWarningThreshold)} ({list}): most of the top {k} is unjudged, so these scores are lower bounds and their differences may reflect which documents happen to be judged");
            }

            var reference = set.Coverage.FirstOrDefault(c => c.Run == baseline);
            if (reference is null)
            {
                continue;
            }

            foreach (var c in set.Coverage)
            {
                if (c.Run != baseline && reference.JudgedAtK - c.JudgedAtK >= options.JudgedGapWarning)
                {
                    warnings.Add($"{set.Name}: {c.Run} has Judged@{k} {F(c.JudgedAtK)} against the baseline's {F(reference.JudgedAtK)}: it retrieves many unjudged documents and may be under-scored");
                }
            }

            foreach (var c in set.Coverage.Where(c => c.MissingQueries > 0))
            {
                warnings.Add($"{set.Name}: {c.Run} has no ranking for {c.MissingQueries} of {set.QueryCount} qrels queries; they count as 0 (trec_eval -c)");
            }
        }

        return warnings;
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
