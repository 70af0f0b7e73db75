using System.Globalization;
using System.Runtime.InteropServices;
using Quarry.Bench.Eval;

// Times `quarry eval -c -M 10 -m recip_rank -m recall.1000 -m map` against trec_eval 9.0.8 on the same files:
// the MS MARCO dev-small qrels and a synthetic 6,980 x 1,000 run. Usage:
//   TREC_EVAL=/path/to/trec_eval dotnet run -c Release --project bench/Quarry.Bench.Eval -- QRELS [--reps 5] [--depth 1000]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Quarry.Bench.Eval QRELS [--reps N] [--depth D]   (TREC_EVAL names the trec_eval binary)");
    return 2;
}

string qrels = args[0];
int reps = Option("--reps", 5);
int depth = Option("--depth", 1000);
string trecEval = Environment.GetEnvironmentVariable("TREC_EVAL") ?? throw new InvalidOperationException("set TREC_EVAL to a trec_eval 9.0.8 binary");
string quarryDll = Environment.GetEnvironmentVariable("QUARRY_DLL") ?? Path.Combine(AppContext.BaseDirectory, "quarry.dll");

string dir = Path.Combine(Path.GetTempPath(), "quarry-bench-eval-" + Environment.ProcessId);
Directory.CreateDirectory(dir);
try
{
    string run = Path.Combine(dir, "run.dev.synthetic.txt");
    var (queries, lines) = SyntheticRun.Write(qrels, run, depth, seed: 42);
    Console.WriteLine($"run: {queries:N0} queries x {depth:N0} = {lines:N0} lines, {new FileInfo(run).Length / 1e6:F0} MB");
    string[] flags = ["-c", "-M", "10", "-m", "recip_rank", "-m", "recall.1000", "-m", "map", qrels, run];

    var quarryTimes = new List<double>();
    var peerTimes = new List<double>();
    string? quarryOut = null, peerOut = null;
    CommandTimer.Run("dotnet", [quarryDll, "eval", .. flags]); // warm the file cache and the JIT's disk caches once
    for (int r = 0; r < reps; r++)
    {
        var (pt, po) = CommandTimer.Run(trecEval, flags);
        var (qt, qo) = CommandTimer.Run("dotnet", [quarryDll, "eval", .. flags]);
        peerTimes.Add(pt);
        quarryTimes.Add(qt);
        (peerOut, quarryOut) = (po, qo);
    }

    if (peerOut != quarryOut)
    {
        Console.Error.WriteLine($"OUTPUTS DIFFER\ntrec_eval:\n{peerOut}\nquarry:\n{quarryOut}");
        return 1;
    }

    double q = CommandTimer.Median(quarryTimes), p = CommandTimer.Median(peerTimes);
    Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    Console.WriteLine($"command: eval {string.Join(' ', flags.Take(flags.Length - 2))} QRELS RUN ({reps} repetitions each, interleaved, median wall time)");
    Console.WriteLine($"outputs identical: yes\n{peerOut}");
    Console.WriteLine($"| tool | median s | all runs s |\n|---|---|---|");
    Console.WriteLine($"| trec_eval 9.0.8 | {p:F2} | {string.Join(", ", peerTimes.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} |");
    Console.WriteLine($"| quarry eval | {q:F2} | {string.Join(", ", quarryTimes.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} |");
    Console.WriteLine($"speed-up (trec_eval time / quarry time): {p / q:F2}x");
    return 0;
}
finally
{
    Directory.Delete(dir, recursive: true);
}

int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
