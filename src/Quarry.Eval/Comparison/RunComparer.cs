using System.Globalization;
using Quarry.Eval.Significance;

namespace Quarry.Eval.Comparison;

/// <summary>
/// Compares runs with a baseline: for every qrels set and measure, per-query values (trec_eval -c semantics), a paired
/// test of each run against the baseline, the multiple-testing correction across the runs, and wins/ties/losses;
/// then the cross-set order flips and the label-sparsity warnings.
/// </summary>
public static class RunComparer
{
    /// <summary>Units of work <see cref="Compare"/> reports through its progress callback.</summary>
    public static long WorkUnits(int qrelsSets, int measures, int systems) => (long)qrelsSets * (measures + 1) * systems;

    public static ComparisonReport Compare(
        IReadOnlyList<NamedQrels> qrelsSets,
        NamedRun baseline,
        IReadOnlyList<NamedRun> runs,
        IReadOnlyList<MeasureSpec> measures,
        IPerQueryScorer scorer,
        ComparisonOptions options,
        Action<long>? progress = null)
    {
        if (qrelsSets.Count == 0 || runs.Count == 0 || measures.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one qrels set, one run besides the baseline and one measure");
        }

        var systems = new List<NamedRun>(runs.Count + 1) { baseline };
        systems.AddRange(runs);
        var sets = new List<QrelsComparison>(qrelsSets.Count);
        foreach (var qrels in qrelsSets)
        {
            var tables = new List<MeasureComparison>();
            foreach (var spec in measures)
            {
                if (spec.AppliesTo(qrels.Name))
                {
                    tables.Add(CompareMeasure(qrels, systems, spec.Measure, scorer, options, progress));
                }
                else
                {
                    progress?.Invoke(systems.Count);
                }
            }

            var coverage = Coverage(qrels, systems, scorer, options);
            progress?.Invoke(systems.Count);
            sets.Add(new QrelsComparison(qrels.Name, qrels.Qrels.QueryCount, coverage, tables));
        }

        var names = systems.ConvertAll(s => s.Name);
        var flips = OrderFlipFinder.Find(names, sets);
        var warnings = JudgedWarnings.For(baseline.Name, sets, options);
        return new ComparisonReport(baseline.Name, runs.Select(r => r.Name).ToList(), options, sets, flips, warnings);
    }

    private static MeasureComparison CompareMeasure(NamedQrels qrels, List<NamedRun> systems, string measure, IPerQueryScorer scorer, ComparisonOptions options, Action<long>? progress)
    {
        var perSystem = new List<IReadOnlyDictionary<string, double>>(systems.Count);
        foreach (var system in systems)
        {
            perSystem.Add(scorer.Score(qrels.Qrels, system, measure));
            progress?.Invoke(1);
        }

        // Every qrels query takes part (missing ones score 0); sorted so that results never depend on file order.
        var queryIds = qrels.Qrels.QueryIds.Order(StringComparer.Ordinal).ToList();
        double[] baselineValues = Printed(Align(perSystem[0], queryIds), options.PerQueryDigits);
        var tests = new List<(PairedTestResult Test, double[] Values)>(systems.Count - 1);
        for (int s = 1; s < systems.Count; s++)
        {
            double[] values = Printed(Align(perSystem[s], queryIds), options.PerQueryDigits);
            tests.Add((PairedTest.Run(values, baselineValues, options.Test), values));
        }

        double[] adjusted = MultipleTesting.Adjust(tests.Select(t => t.Test.PValue).ToArray(), options.Correction);
        var rows = new List<RunComparison>(tests.Count);
        for (int i = 0; i < tests.Count; i++)
        {
            var (test, values) = tests[i];
            int wins = 0, ties = 0, losses = 0;
            for (int q = 0; q < values.Length; q++)
            {
                if (values[q] > baselineValues[q])
                {
                    wins++;
                }
                else if (values[q] < baselineValues[q])
                {
                    losses++;
                }
                else
                {
                    ties++;
                }
            }

            bool significant = !double.IsNaN(adjusted[i]) && adjusted[i] < options.Alpha;
            rows.Add(new RunComparison(systems[i + 1].Name, Mean(values), test, adjusted[i], significant, wins, ties, losses, values));
        }

        return new MeasureComparison(scorer.CanonicalName(measure), Mean(baselineValues), queryIds, baselineValues, rows);
    }

    private static List<RunCoverage> Coverage(NamedQrels qrels, List<NamedRun> systems, IPerQueryScorer scorer, ComparisonOptions options)
    {
        var queryIds = qrels.Qrels.QueryIds.ToList();
        string judged = "Judged@" + options.JudgedDepth.ToString(CultureInfo.InvariantCulture);
        var result = new List<RunCoverage>(systems.Count);
        foreach (var system in systems)
        {
            int missing = queryIds.Count(q => !system.Contains(q));
            double judgedMean = Mean(Align(scorer.Score(qrels.Qrels, system, judged), queryIds));
            result.Add(new RunCoverage(system.Name, missing, judgedMean));
        }

        return result;
    }

    private static double[] Align(IReadOnlyDictionary<string, double> values, List<string> queryIds)
    {
        var aligned = new double[queryIds.Count];
        for (int i = 0; i < aligned.Length; i++)
        {
            aligned[i] = values.TryGetValue(queryIds[i], out double v) ? v : 0;
        }

        return aligned;
    }

    // Rounds as C's printf("%.Nf") does: .NET formats the exact binary value, so "F4" agrees with trec_eval's output.
    private static double[] Printed(double[] values, int? digits)
    {
        if (digits is not { } d)
        {
            return values;
        }

        string format = "F" + d.ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = double.Parse(values[i].ToString(format, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static double Mean(double[] values) => values.Length == 0 ? double.NaN : values.Sum() / values.Length;
}
