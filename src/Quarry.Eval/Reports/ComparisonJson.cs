using System.Text.Encodings.Web;
using System.Text.Json;
using Quarry.Eval.Comparison;
using Quarry.Eval.Significance;

namespace Quarry.Eval.Reports;

/// <summary>Writes a <see cref="ComparisonReport"/> as JSON for scripts: every comparison carries <c>p_value</c>; numbers at full precision, NaN as null.</summary>
public static class ComparisonJson
{
    public static void Write(ComparisonReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("baseline", report.Baseline);
        w.WriteStartArray("runs");
        foreach (string run in report.Runs)
        {
            w.WriteStringValue(run);
        }

        w.WriteEndArray();
        WriteSettings(w, report.Options);
        w.WriteStartArray("qrels");
        foreach (var set in report.Sets)
        {
            WriteSet(w, set, report.Options);
        }

        w.WriteEndArray();
        w.WriteStartArray("order_flips");
        foreach (var flip in report.Flips)
        {
            w.WriteStartObject();
            w.WriteString("a", flip.SystemA);
            w.WriteString("b", flip.SystemB);
            WriteSide(w, "first", flip.First);
            WriteSide(w, "second", flip.Second);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (string warning in report.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter w, ComparisonOptions o)
    {
        w.WriteString("test", PairedTest.Name(o.Test.Kind));
        if (o.Test.Kind == PairedTestKind.Wilcoxon)
        {
            w.WriteString("zero_method", o.Test.ZeroMethod.ToString().ToLowerInvariant());
        }

        w.WriteString("correction", MultipleTesting.Name(o.Correction));
        w.WriteNumber("alpha", o.Alpha);
        w.WriteNumber("confidence_level", o.Test.ConfidenceLevel);
        if (o.Test.Kind != PairedTestKind.TTest)
        {
            w.WriteNumber("seed", o.Test.Seed);
            w.WriteNumber("resamples", o.Test.Resamples);
        }

        w.WriteString("missing_queries", "count as 0 (trec_eval -c)");
        if (o.PerQueryDigits is { } digits)
        {
            w.WriteNumber("per_query_digits", digits);
        }
    }

    private static void WriteSet(Utf8JsonWriter w, QrelsComparison set, ComparisonOptions o)
    {
        w.WriteStartObject();
        w.WriteString("name", set.Name);
        w.WriteNumber("queries", set.QueryCount);
        w.WriteStartArray("coverage");
        foreach (var c in set.Coverage)
        {
            w.WriteStartObject();
            w.WriteString("run", c.Run);
            w.WriteNumber("missing_queries", c.MissingQueries);
            Number(w, "judged_at_" + o.JudgedDepth, c.JudgedAtK);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("measures");
        foreach (var table in set.Measures)
        {
            w.WriteStartObject();
            w.WriteString("measure", table.Measure);
            Number(w, "baseline_mean", table.BaselineMean);
            w.WriteStartArray("comparisons");
            foreach (var row in table.Rows)
            {
                WriteRow(w, row);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, RunComparison row)
    {
        w.WriteStartObject();
        w.WriteString("run", row.Run);
        Number(w, "mean", row.Mean);
        Number(w, "difference", row.Difference);
        Number(w, "statistic", row.Test.Statistic);
        Number(w, "p_value", row.Test.PValue);
        Number(w, "adjusted_p_value", row.AdjustedPValue);
        w.WriteBoolean("significant", row.Significant);
        w.WriteStartObject("ci");
        Number(w, "low", row.Test.Interval.Low);
        Number(w, "high", row.Test.Interval.High);
        w.WriteNumber("level", row.Test.Interval.Level);
        w.WriteString("method", row.Test.Interval.Method);
        w.WriteEndObject();
        w.WriteNumber("wins", row.Wins);
        w.WriteNumber("ties", row.Ties);
        w.WriteNumber("losses", row.Losses);
        w.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter w, string name, FlipSide side)
    {
        w.WriteStartObject(name);
        w.WriteString("qrels", side.Qrels);
        w.WriteString("measure", side.Measure);
        Number(w, "mean_a", side.MeanA);
        Number(w, "mean_b", side.MeanB);
        if (side.Significant is { } significant)
        {
            w.WriteBoolean("significant", significant);
        }

        w.WriteEndObject();
    }

    // JSON has no NaN or infinity; a statistic that does not exist (e.g. fewer than two queries) is null.
    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
