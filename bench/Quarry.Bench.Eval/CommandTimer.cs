using System.Diagnostics;

namespace Quarry.Bench.Eval;

/// <summary>Runs a whole command as a child process and times it from start to exit, capturing its standard output.</summary>
internal static class CommandTimer
{
    public static (double Seconds, string StdOut) Run(string file, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} exited {process.ExitCode}: {stderr.Result}");
        }

        return (clock.Elapsed.TotalSeconds, stdout.Result);
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
