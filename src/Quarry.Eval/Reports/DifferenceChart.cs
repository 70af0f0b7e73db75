using System.Globalization;
using System.Net;
using System.Text;
using Quarry.Eval.Comparison;

namespace Quarry.Eval.Reports;

/// <summary>
/// An inline SVG of per-query differences from the baseline, one panel per run, queries sorted by difference:
/// at a glance it shows whether a mean gain is broad or carried by a few queries.
/// </summary>
public static class DifferenceChart
{
    private const int Width = 760;
    private const int PanelHeight = 110;
    private const int Left = 56;
    private const int Right = 12;
    private const int Top = 22;

    public static string Svg(MeasureComparison table, string baseline = "baseline")
    {
        double max = 1e-9;
        foreach (var row in table.Rows)
        {
            for (int q = 0; q < row.Values.Length; q++)
            {
                max = Math.Max(max, Math.Abs(row.Values[q] - table.BaselineValues[q]));
            }
        }

        int height = Top + table.Rows.Count * (PanelHeight + Top) + 4;
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\">");
        s.Append(CultureInfo.InvariantCulture, $"<title>{Html(table.Measure)}: per-query difference from the baseline, sorted</title>");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            Panel(s, table, table.Rows[r], baseline, Top + r * (PanelHeight + Top), max);
        }

        s.Append("</svg>");
        return s.ToString();
    }

    private static void Panel(StringBuilder s, MeasureComparison table, RunComparison row, string baseline, int y0, double max)
    {
        double[] diffs = new double[row.Values.Length];
        for (int q = 0; q < diffs.Length; q++)
        {
            diffs[q] = row.Values[q] - table.BaselineValues[q];
        }

        Array.Sort(diffs);
        double plotWidth = Width - Left - Right;
        double mid = y0 + PanelHeight / 2.0;
        double half = PanelHeight / 2.0 - 4;
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{y0 - 6}\" font-size=\"12\" font-family=\"sans-serif\">{Html(row.Run)} − {Html(baseline)}: {row.Wins} better, {row.Ties} tied, {row.Losses} worse</text>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y0 + 10}\" font-size=\"10\" text-anchor=\"end\" font-family=\"sans-serif\">+{F(max)}</text>");
        s.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y0 + PanelHeight}\" font-size=\"10\" text-anchor=\"end\" font-family=\"sans-serif\">−{F(max)}</text>");
        double barWidth = diffs.Length == 0 ? 0 : plotWidth / diffs.Length;
        for (int i = 0; i < diffs.Length; i++)
        {
            double h = Math.Abs(diffs[i]) / max * half;
            double y = diffs[i] >= 0 ? mid - h : mid;
            string color = diffs[i] > 0 ? "#2e7d32" : diffs[i] < 0 ? "#c62828" : "#9e9e9e";
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(Left + i * barWidth)}\" y=\"{F(y)}\" width=\"{F(Math.Max(barWidth - 0.5, 0.5))}\" height=\"{F(Math.Max(h, 0.5))}\" fill=\"{color}\"/>");
        }

        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(mid)}\" y2=\"{F(mid)}\" stroke=\"#555\" stroke-width=\"0.8\"/>");
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
