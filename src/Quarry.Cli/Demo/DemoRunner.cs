using Quarry.Cli.Commands;
using Quarry.Cli.Hosting;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Comparison;
using Quarry.Eval.Reports;
using Quarry.Eval.Significance;
using Spectre.Console;

namespace Quarry.Cli.Demo;

/// <summary>The demo from end to end: extract, index, search, compare on both qrels sets, print, write the reports.</summary>
internal static class DemoRunner
{
    /// <summary>
    /// Dev-style measures on the sparse qrels, DL-style on the graded ones, as MS MARCO and TREC DL report them; recall is
    /// taken at 3 (1% of the 300 passages) because every variant finds every dev answer within its top 10 here.
    /// </summary>
    public static IReadOnlyList<MeasureSpec> Measures { get; } =
    [
        new("RR@10", "dev"), new("R@3", "dev"),
        new("nDCG@10", "dl"), new("AP(rel=2)", "dl"),
    ];

    public static void Run(string outputDirectory, int threads)
    {
        var console = CompareOutput.StdoutConsole();
        var files = DemoSample.Extract(Path.Combine(outputDirectory, "data"));
        var queries = DemoRetrieval.LoadQueries(files[DemoSample.Queries]);
        string indexDirectory = Path.Combine(outputDirectory, "index");
        ConsoleProgress.Run("Indexing", DemoSample.PassageCount, progress =>
        {
            DemoRetrieval.BuildIndex(files[DemoSample.Collection], indexDirectory, threads, progress);
            return 0;
        });
        var variants = DemoVariant.Standard;
        var runPaths = ConsoleProgress.Run("Searching", (long)queries.Count * variants.Count, progress =>
            DemoRetrieval.Search(indexDirectory, queries, variants, Path.Combine(outputDirectory, "runs"), threads, progress));

        // Evaluate the run files as written, so the numbers are exactly what `quarry eval` gives on them.
        var runs = variants.Select(v => new NamedRun(v.Name, RunReader.Load(runPaths[v.Name]))).ToList();
        var qrels = new List<NamedQrels>
        {
            new("dev", QrelsReader.Load(files[DemoSample.DevQrels])),
            new("dl", QrelsReader.Load(files[DemoSample.DlQrels])),
        };
        var options = new ComparisonOptions { Test = new PairedTestOptions { Kind = PairedTestKind.TTest }, Correction = Correction.Holm };
        var report = ConsoleProgress.Run("Comparing", RunComparer.WorkUnits(qrels.Count, Measures.Count, runs.Count), progress =>
            RunComparer.Compare(qrels, runs[0], runs.Skip(1).ToList(), Measures, new EvaluatorScorer(), options, progress));

        string html = Path.Combine(outputDirectory, "report.html");
        string json = Path.Combine(outputDirectory, "report.json");
        CompareOutput.WriteHtml(report, html, "Quarry demo: BM25 variants on the sample collection");
        using (var output = new Quarry.Data.IO.AtomicFileWriter(json))
        {
            output.Writer.Flush();
            ComparisonJson.Write(report, output.Stream);
            output.Commit();
        }

        console.WriteLine($"Quarry demo: {queries.Count} queries over the embedded sample collection, in {outputDirectory}");
        foreach (var v in variants)
        {
            console.WriteLine($"  {v.Name,-11} {v.Description}  ->  {Relative(outputDirectory, runPaths[v.Name])}");
        }

        console.WriteLine("  qrels dev: one relevant passage per query (MS MARCO style); qrels dl: graded 0-3, about 12 judged per query (TREC DL style)");
        console.WriteLine();
        CompareOutput.WriteTables(report, console);
        console.WriteLine();
        console.WriteLine($"Report: {html} (tables, warnings and a sorted per-query difference chart per measure); JSON: {json}");
        console.WriteLine("How to read it: docs/demo.md. Same comparison on your own runs: quarry compare --qrels dev=FILE --qrels dl=FILE BASELINE RUN... -m dev:RR@10 -m dl:nDCG@10");
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);
}
