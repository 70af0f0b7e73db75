using System.Diagnostics;
using System.Numerics;

namespace Quarry.Bench.Vectors;

/// <summary>
/// The machine's read bandwidth: a SIMD sum with four independent accumulators over a large array (no compute to
/// hide behind), on one and on N threads; the best of five passes.
/// </summary>
internal static class MemoryBandwidth
{
    public static double GigabytesPerSecond(long bytes, int threads)
    {
        int floats = (int)(bytes / 4);
        var data = new float[floats];
        for (int i = 0; i < floats; i++)
        {
            data[i] = i & 7;
        }

        double best = 0;
        var sums = new float[threads];
        for (int repeat = 0; repeat < 5; repeat++)
        {
            var sw = Stopwatch.StartNew();
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                int from = (int)((long)floats * t / threads), to = (int)((long)floats * (t + 1) / threads);
                sums[t] = Sum(data.AsSpan(from, to - from));
            });
            sw.Stop();
            best = Math.Max(best, bytes / sw.Elapsed.TotalSeconds / 1e9);
        }

        GC.KeepAlive(sums);
        return best;
    }

    private static float Sum(ReadOnlySpan<float> span)
    {
        var v = System.Runtime.InteropServices.MemoryMarshal.Cast<float, Vector<float>>(span);
        Vector<float> a = default, b = default, c = default, d = default;
        int i = 0;
        for (; i + 4 <= v.Length; i += 4)
        {
            a += v[i];
            b += v[i + 1];
            c += v[i + 2];
            d += v[i + 3];
        }

        for (; i < v.Length; i++)
        {
            a += v[i];
        }

        return Vector.Sum(a + b + c + d);
    }
}
