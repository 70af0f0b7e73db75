using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Quarry.Bench.Mining;

/// <summary>
/// Usage: dotnet run -c Release --project bench/Quarry.Bench.Mining [-- PASSAGES QUERIES]
/// Generates a synthetic workload (default 1,000,000 passages, 20,000 queries x top-200), then mines it in child
/// processes: Quarry streaming with 1 and 2 threads, and the load-everything peer; prints time, peak RSS and
/// output hashes (which must agree) as markdown rows for docs/benchmarks.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "--child")
        {
            return Child(args[1], args[2]);
        }

        int passages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        string dir = Path.Combine(Path.GetTempPath(), "quarry-bench-mining-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            Workload.Write(dir, passages, queries, 200);
            Console.WriteLine($"| mode | wall s | peak RSS MB | output SHA-256 (prefix) |  ({passages:N0} passages, {queries:N0} queries x top-200, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd})");
            Console.WriteLine("|---|---|---|---|");
            foreach (string mode in new[] { "streaming-1", "streaming-2", "load-everything" })
            {
                Console.WriteLine(RunChild(mode, dir));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        return 0;
    }

    private static string RunChild(string mode, string dir)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(typeof(Program).Assembly.Location);
        psi.ArgumentList.Add("--child");
        psi.ArgumentList.Add(mode);
        psi.ArgumentList.Add(dir);
        using var p = Process.Start(psi)!;
        string line = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return $"| {mode} | {line} |";
    }

    private static int Child(string mode, string dir)
    {
        var watch = Stopwatch.StartNew();
        string output = Path.Combine(dir, mode + ".tsv");
        using (var w = new StreamWriter(output))
        {
            _ = mode switch
            {
                "streaming-1" => Modes.Streaming(dir, 1, w),
                "streaming-2" => Modes.Streaming(dir, 2, w),
                _ => Modes.LoadEverything(dir, w),
            };
        }

        double seconds = watch.Elapsed.TotalSeconds;
        string hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(output)))[..12];
        Console.WriteLine(FormattableString.Invariant($"{seconds:0.0} | {PeakRssMb():0} | {hash}"));
        return 0;
    }

    /// <summary>VmHWM of this process (Linux), in MB.</summary>
    private static double PeakRssMb()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }
}
