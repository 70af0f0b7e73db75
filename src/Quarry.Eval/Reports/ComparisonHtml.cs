using System.Globalization;
using System.Net;
using Quarry.Eval.Comparison;
using Quarry.Eval.Significance;

namespace Quarry.Eval.Reports;

/// <summary>
/// A self-contained HTML report of a comparison (no scripts, no external files): settings, warnings, order flips, and per
/// qrels set and measure the table and a sorted per-query difference chart (one inline SVG per measure).
/// </summary>
public static class ComparisonHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}" +
        "td:first-child,th:first-child{text-align:left}.sig{color:#2e7d32;font-weight:bold}.warn{background:#fff8e1;padding:.5em 1em;border-left:4px solid #f9a825}" +
        ".flip{background:#fce4ec;padding:.5em 1em;border-left:4px solid #c2185b}caption{text-align:left;font-weight:bold}";

    public static void Write(ComparisonReport report, TextWriter w, string title = "Quarry comparison")
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
        w.Write(H(title));
        w.Write("</title><style>");
        w.Write(Style);
        w.Write("</style></head><body>\n<h1>");
        w.Write(H(title));
        w.Write("</h1>\n");
        WriteSettings(report, w);
        WriteWarnings(report, w);
        WriteFlips(report, w);
        foreach (var set in report.Sets)
        {
            WriteSet(set, report, w);
        }

        w.Write("</body></html>\n");
    }

    private static void WriteSettings(ComparisonReport r, TextWriter w)
    {
        var o = r.Options;
        string interval = o.Test.Kind == PairedTestKind.TTest ? "Student t interval" : "bootstrap percentile interval";
        string seeded = o.Test.Kind == PairedTestKind.TTest ? "" : $", {o.Test.Resamples:N0} resamples, seed {o.Test.Seed}";
        w.Write($"<p>Baseline <b>{H(r.Baseline)}</b> against {H(string.Join(", ", r.Runs))}. Test: <b>{H(PairedTest.Name(o.Test.Kind))}</b>{seeded}; " +
                $"correction <b>{H(MultipleTesting.Name(o.Correction))}</b> across the runs of each table; α = {F(o.Alpha)}; " +
                $"{F(o.Test.ConfidenceLevel * 100)}% {interval} of the mean difference. Queries of the qrels missing from a run count as 0 (trec_eval -c).</p>\n");
    }

    private static void WriteWarnings(ComparisonReport r, TextWriter w)
    {
        if (r.Warnings.Count == 0)
        {
            return;
        }

        w.Write("<h2>Warnings</h2>\n<div class=\"warn\"><ul>");
        foreach (string warning in r.Warnings)
        {
            w.Write($"<li>{H(warning)}</li>");
        }

        w.Write("</ul></div>\n");
    }

    private static void WriteFlips(ComparisonReport r, TextWriter w)
    {
        if (r.Sets.Count < 2)
        {
            return;
        }

        w.Write("<h2>Order across qrels sets</h2>\n");
        if (r.Flips.Count == 0)
        {
            w.Write("<p>Every pair of systems is ordered the same way on every qrels set.</p>\n");
            return;
        }

        w.Write("<div class=\"flip\"><ul>");
        foreach (string line in ComparisonText.FlipLines(r))
        {
            w.Write($"<li>{H(line)}</li>");
        }

        w.Write("</ul><p>A system that wins on sparse labels but loses on dense ones may be fitting which passages happen to be judged: the sign of fitting label sparsity.</p></div>\n");
    }

    private static void WriteSet(QrelsComparison set, ComparisonReport report, TextWriter w)
    {
        var o = report.Options;
        w.Write($"<h2>Qrels {H(set.Name)} ({set.QueryCount} queries)</h2>\n<table><caption>Coverage</caption><tr><th>run</th><th>missing queries</th><th>Judged@{o.JudgedDepth}</th></tr>");
        foreach (var c in set.Coverage)
        {
            w.Write($"<tr><td>{H(c.Run)}</td><td>{c.MissingQueries}</td><td>{F4(c.JudgedAtK)}</td></tr>");
        }

        w.Write("</table>\n");
        foreach (var table in set.Measures)
        {
            w.Write($"<h3>{H(table.Measure)}</h3>\n<table><tr><th>run</th><th>mean</th><th>Δ</th><th>{F(o.Test.ConfidenceLevel * 100)}% CI of Δ</th><th>p</th><th>adjusted p</th><th>wins/ties/losses</th><th>significant</th></tr>");
            w.Write($"<tr><td>{H(report.Baseline)} (baseline)</td><td>{F4(table.BaselineMean)}</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>");
            foreach (var row in table.Rows)
            {
                string mark = row.Significant ? "<span class=\"sig\">yes</span>" : "no";
                w.Write($"<tr><td>{H(row.Run)}</td><td>{F4(row.Mean)}</td><td>{S4(row.Difference)}</td><td>[{S4(row.Test.Interval.Low)}, {S4(row.Test.Interval.High)}]</td>" +
                        $"<td>{P(row.Test.PValue)}</td><td>{P(row.AdjustedPValue)}</td><td>{row.Wins}/{row.Ties}/{row.Losses}</td><td>{mark}</td></tr>");
            }

            w.Write("</table>\n<figure>");
            w.Write(DifferenceChart.Svg(table, report.Baseline));
            w.Write($"<figcaption>{H(table.Measure)} on {H(set.Name)}: per-query difference from the baseline, sorted (green: better, red: worse).</figcaption></figure>\n");
        }
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string F4(double v) => double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";

    private static string S4(double v) => double.IsFinite(v) ? v.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture) : "n/a";

    private static string P(double p) => ComparisonText.FormatP(p);
}
