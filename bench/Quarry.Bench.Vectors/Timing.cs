using System.Diagnostics;

namespace Quarry.Bench.Vectors;

/// <summary>
/// Wall time and process CPU time of an action. On a shared, oversubscribed machine the wall time of single-threaded
/// work mostly measures waiting for a core; its CPU time is what it costs when it has one, so both are reported.
/// </summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds)
{
    public static Timing Of(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        process.Refresh();
        return new Timing(sw.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu0).TotalSeconds);
    }

    /// <summary>The best (smallest CPU time) of <paramref name="repeats"/> runs.</summary>
    public static Timing Best(int repeats, Action action)
    {
        var best = Of(action);
        for (int i = 1; i < repeats; i++)
        {
            var t = Of(action);
            if (t.CpuSeconds < best.CpuSeconds)
            {
                best = t;
            }
        }

        return best;
    }
}
