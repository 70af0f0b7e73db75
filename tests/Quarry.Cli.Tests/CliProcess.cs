using System.Diagnostics;

namespace Quarry.Cli.Tests;

/// <summary>The outcome of one `quarry` process.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the built `quarry` CLI as a child process, exactly as a user would, and captures its output.</summary>
internal static class CliProcess
{
    public static CliResult Run(params string[] args) => RunIn(null, args);

    public static CliResult RunIn(string? workingDirectory, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "quarry.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("quarry " + string.Join(' ', args) + " ran past 5 minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
