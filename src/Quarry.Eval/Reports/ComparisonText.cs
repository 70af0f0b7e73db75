using System.Globalization;
using Quarry.Eval.Comparison;

namespace Quarry.Eval.Reports;

/// <summary>Plain-text pieces shared by the table, HTML and demo outputs, so that all say the same thing the same way.</summary>
public static class ComparisonText
{
    /// <summary>A p-value for people: 4 significant digits, scientific below 0.0001, "n/a" when undefined.</summary>
    public static string FormatP(double p)
    {
        if (double.IsNaN(p))
        {
            return "n/a";
        }

        return p < 1e-4 ? p.ToString("0.00e+0", CultureInfo.InvariantCulture) : p.ToString("0.0000", CultureInfo.InvariantCulture);
    }

    /// <summary>One sentence per order flip.</summary>
    public static IEnumerable<string> FlipLines(ComparisonReport report)
    {
        foreach (var f in report.Flips)
        {
            yield return $"{f.SystemA} vs {f.SystemB}: {Side(f.SystemA, f.First)} but {Side(f.SystemA, f.Second)}";
        }
    }

    private static string Side(string a, FlipSide side)
    {
        string verb = side.MeanA > side.MeanB ? "wins" : "loses";
        string note = side.Significant switch
        {
            true => ", significant",
            false => ", not significant",
            null => "",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{a} {verb} on {side.Qrels} {side.Measure} ({side.MeanA:0.0000} vs {side.MeanB:0.0000}{note})");
    }
}
