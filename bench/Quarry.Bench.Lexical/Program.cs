using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Quarry.Bench.Lexical;
using Quarry.Bench.Lexical.Corpus;
using Quarry.Bench.Lexical.Systems;

// Quarry vs Lucene.NET 4.8: analysis, index build and BM25 search on one generated MS MARCO-like corpus.
// Each build and each search runs in its own child process, so that peak memory is that system's alone.
//
//   dotnet run -c Release --project bench/Quarry.Bench.Lexical -- --passages 1000000 \
//       --fit-on ../shared/data/msmarco/passages.dl19-dl20.union.tsv.gz \
//       --topics ../shared/data/msmarco/topics.msmarco-passage.dev-subset.txt --report docs/benchmarks.md
// `--steps lucene-build` (a comma list) runs only some steps over the same --work folder. `--pisa DIR` adds PISA
// (its built tools in DIR) as a second peer, searching Quarry's own postings: Systems/PisaSystem.cs.
if (args.Length == 2 && args[0] == "--analysis-only")
{
    // Only the analysis figures, on the real passages (uncompressed id<TAB>text file).
    foreach (var m in AnalysisBench.Run(BenchInputs.Passages(args[1]).Select(p => p.Text).ToList(), rounds: 5))
    {
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.System} {m.Name} {m.Value:F0}"));
    }

    return 0;
}

if (args.Length == 2 && args[0] == "--check-code-points")
{
    // Argument: DerivedAge.txt of the Unicode Character Database.
    AnalysisCheck.RunCodePoints(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "--check-analysis")
{
    // Differential check only: random texts through Quarry's and Lucene.NET's chains.
    return AnalysisCheck.Run(int.Parse(args[1], CultureInfo.InvariantCulture), seed: 7) == 0 ? 0 : 1;
}

var options = BenchOptions.Parse(args);
if (options.Child is { } role)
{
    var measured = role switch
    {
        "quarry-build" => QuarrySystem.Build(options),
        "quarry-search" => QuarrySystem.Search(options),
        "lucene-build" => LuceneSystem.Build(options),
        "lucene-search" => LuceneSystem.Search(options),
        _ => throw new ArgumentException("unknown child role " + role),
    };
    Console.Out.WriteLine(JsonSerializer.Serialize(measured));
    return 0;
}

if (options.FitOn.Length == 0 || options.Topics.Length == 0)
{
    Console.Error.WriteLine("usage: --fit-on REAL_PASSAGES.tsv[.gz] --topics TOPICS.tsv [--passages N] [--queries N] [--work DIR] [--report FILE] [--steps a,b]");
    return 2;
}

Directory.CreateDirectory(options.Work);
var all = new List<Measurement>();
var model = CorpusModel.Fit(options.FitOn);
Console.Error.WriteLine(
    $"model: {model.Words.Length:N0} words, unseen mass {model.UnseenMass:F4}, Zipf s {model.ZipfExponent:F3}, mean length {model.MeanLength:F1}");
if (!File.Exists(options.CorpusPath))
{
    var clock = Stopwatch.StartNew();
    new CorpusGenerator(model).Write(options.CorpusPath, options.Passages, options.Seed);
    Console.Error.WriteLine($"corpus: {options.Passages:N0} passages in {clock.Elapsed.TotalSeconds:F0} s");
}

var realTexts = BenchInputs.Passages(options.FitOn.EndsWith(".gz", StringComparison.Ordinal) ? Unzip(options.FitOn, options.Work) : options.FitOn)
    .Select(p => p.Text).ToList();
all.AddRange(AnalysisBench.Run(realTexts));
foreach (string step in options.StepsToRun)
{
    if (step == BenchOptions.PisaStep)
    {
        // PISA's tools are processes of their own; this one only exports Quarry's index for them.
        all.AddRange(PisaSystem.Search(options));
        all.Add(new("host", step + "_load", BenchInputs.LoadAverage()));
        continue;
    }

    if (!BenchOptions.AllSteps.Contains(step))
    {
        Console.Error.WriteLine($"unknown step {step}; the steps are {string.Join(',', BenchOptions.AllSteps)},{BenchOptions.PisaStep}");
        return 2;
    }

    all.AddRange(RunChild(step, options));
}

if (!BenchOptions.AllSteps.All(options.StepsToRun.Contains))
{
    Console.Error.WriteLine("not every step ran: measurements above, no report");
    return 0;
}

string report = Report.Markdown(options, model, all);
Console.Out.WriteLine(report);
if (options.Report is { } path)
{
    Report.WriteSection(path, report);
}

return 0;

static List<Measurement> RunChild(string role, BenchOptions options)
{
    string host = Environment.ProcessPath!;
    var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(host) == "dotnet")
    {
        psi.ArgumentList.Add(typeof(BenchOptions).Assembly.Location);
    }

    foreach (string a in options.ToArgs())
    {
        psi.ArgumentList.Add(a);
    }

    psi.ArgumentList.Add("--child");
    psi.ArgumentList.Add(role);
    Console.Error.WriteLine($"running {role} ...");
    using var process = Process.Start(psi)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{role} failed with exit code {process.ExitCode}");
    }

    var measured = JsonSerializer.Deserialize<List<Measurement>>(output.Trim().Split('\n')[^1])!;
    measured.Add(new("host", role + "_load", BenchInputs.LoadAverage()));
    foreach (var m in measured)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.System} {m.Name} = {m.Value:F2}"));
    }

    return measured;
}

static string Unzip(string gz, string work)
{
    string target = Path.Combine(work, "fit.tsv");
    using var input = new System.IO.Compression.GZipStream(File.OpenRead(gz), System.IO.Compression.CompressionMode.Decompress);
    using var output = File.Create(target);
    input.CopyTo(output);
    return target;
}
