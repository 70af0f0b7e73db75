using System.Text;

namespace Quarry.Bench.Lexical.Systems;

/// <summary>What both systems read, in the same way: the generated corpus and the real topics.</summary>
internal static class BenchInputs
{
    public static IEnumerable<(string Id, string Text)> Passages(string path)
    {
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return (line[..tab], line[(tab + 1)..]);
        }
    }

    public static List<(string Id, string Text)> Topics(string path, int count) =>
        Passages(path).Take(count).ToList();

    public static long DirectorySize(string dir) =>
        new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>The host's 1-minute load average: how much else competed for the cores.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The process's peak resident memory (VmHWM) in bytes.</summary>
    public static long PeakMemory()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }
}

/// <summary>One measured figure of one system, as a child process reports it.</summary>
internal sealed record Measurement(string System, string Name, double Value);
