using System.Globalization;
using Quarry.Data.IO;
using Quarry.Eval.Comparison;
using Quarry.Eval.Reports;
using Quarry.Eval.Significance;
using Spectre.Console;

namespace Quarry.Cli.Commands;

/// <summary>Prints a comparison as Spectre.Console tables or JSON on stdout, and writes the HTML report when asked.</summary>
internal static class CompareOutput
{
    public static void Write(ComparisonReport report, CompareRequest request)
    {
        if (request.Json)
        {
            using var stdout = Console.OpenStandardOutput();
            ComparisonJson.Write(report, stdout);
            stdout.Write("\n"u8);
        }
        else
        {
            WriteTables(report, StdoutConsole());
        }

        if (request.HtmlPath is { } html)
        {
            WriteHtml(report, html, "Quarry comparison");
            Console.Error.WriteLine($"quarry compare: wrote {html}");
        }
    }

    /// <summary>Writes the HTML report atomically.</summary>
    public static void WriteHtml(ComparisonReport report, string path, string title)
    {
        using var output = new AtomicFileWriter(path);
        ComparisonHtml.Write(report, output.Writer, title);
        output.Commit();
    }

    /// <summary>A console on stdout; when stdout is not a terminal, plain text at a fixed width so output is stable.</summary>
    public static IAnsiConsole StdoutConsole()
    {
        var settings = new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) };
        if (Console.IsOutputRedirected)
        {
            settings.Ansi = AnsiSupport.No;
            settings.ColorSystem = ColorSystemSupport.NoColors;
            settings.Interactive = InteractionSupport.No;
        }

        var console = AnsiConsole.Create(settings);
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    public static void WriteTables(ComparisonReport report, IAnsiConsole console)
    {
        var o = report.Options;
        string interval = o.Test.Kind == PairedTestKind.TTest ? "t interval" : "bootstrap percentile interval";
        console.WriteLine($"Baseline: {report.Baseline}. Test: {PairedTest.Name(o.Test.Kind)}, correction: {MultipleTesting.Name(o.Correction)}, alpha {F(o.Alpha)}; CI: {F(o.Test.ConfidenceLevel * 100)}% {interval}.");
        foreach (var set in report.Sets)
        {
            string missing = string.Join(", ", set.Coverage.Select(c => $"{c.Run} {c.MissingQueries}"));
            console.WriteLine();
            console.WriteLine($"Qrels {set.Name}: {set.QueryCount} queries; qrels queries missing from each run, counted as 0 (trec_eval -c): {missing}.");
            foreach (var table in set.Measures)
            {
                console.Write(Table(set, table, o));
            }
        }

        if (report.Sets.Count > 1)
        {
            console.WriteLine();
            if (report.Flips.Count == 0)
            {
                console.WriteLine("Order across qrels sets: every pair of systems is ordered the same way on every set.");
            }
            else
            {
                console.WriteLine("Order flips between qrels sets (the sign of fitting label sparsity):");
                foreach (string line in ComparisonText.FlipLines(report))
                {
                    console.WriteLine("  ! " + line);
                }
            }
        }

        foreach (string warning in report.Warnings)
        {
            console.WriteLine("warning: " + warning);
        }
    }

    private static Table Table(QrelsComparison set, MeasureComparison table, ComparisonOptions o)
    {
        var t = new Table { Title = new TableTitle(Markup.Escape($"{table.Measure} on {set.Name}")) };
        t.AddColumn("run");
        t.AddColumn(new TableColumn("mean").RightAligned());
        t.AddColumn(new TableColumn("Δ").RightAligned());
        t.AddColumn(new TableColumn($"{F(o.Test.ConfidenceLevel * 100)}% CI of Δ").RightAligned());
        t.AddColumn(new TableColumn("p").RightAligned());
        t.AddColumn(new TableColumn($"p ({MultipleTesting.Name(o.Correction)})").RightAligned());
        t.AddColumn(new TableColumn("W/T/L").RightAligned());
        t.AddColumn("sig.");
        AddRow(t, set.Coverage[0].Run + " (baseline)", F4(table.BaselineMean), "", "", "", "", "", "");
        foreach (var row in table.Rows)
        {
            AddRow(
                t,
                row.Run,
                F4(row.Mean),
                S4(row.Difference),
                $"[{S4(row.Test.Interval.Low)}, {S4(row.Test.Interval.High)}]",
                ComparisonText.FormatP(row.Test.PValue),
                ComparisonText.FormatP(row.AdjustedPValue),
                $"{row.Wins}/{row.Ties}/{row.Losses}",
                row.Significant ? "yes *" : "no");
        }

        return t;
    }

    // Cells are plain text: an interval such as [+0.01, +0.02] must not be read as Spectre markup.
    private static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)));

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string F4(double v) => double.IsFinite(v) ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";

    private static string S4(double v) => double.IsFinite(v) ? v.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture) : "n/a";
}
