namespace Quarry.Eval.Significance;

/// <summary>
/// Seeded, thread-count-independent resampling: the draws are split into fixed chunks, chunk c always uses the
/// generator derived from (seed, purpose, c) and writes its own slots, so any number of threads gives the same array.
/// </summary>
internal static class Resampling
{
    /// <summary>Draws per chunk; fixed, because changing it would change every seeded result.</summary>
    public const int ChunkSize = 1000;

    /// <summary>Purpose tags, so that the tests and the interval draw independent streams from one seed.</summary>
    public const ulong SignFlipStream = 1;
    public const ulong BootstrapStream = 2;

    /// <summary>Fills an array of <paramref name="count"/> draws, each computed by <paramref name="draw"/> from its chunk's generator.</summary>
    public static double[] Draw(int count, ulong seed, ulong stream, int threads, Func<SplitMix64, double> draw)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "the number of resamples must be positive");
        }

        var results = new double[count];
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var rng = SplitMix64.ForChunk(seed, stream, chunk);
            int end = Math.Min(count, (chunk + 1) * ChunkSize);
            for (int i = chunk * ChunkSize; i < end; i++)
            {
                results[i] = draw(rng);
            }
        });
        return results;
    }

    /// <summary>Bootstrap means of <paramref name="d"/>: each draw averages n values picked with replacement.</summary>
    public static double[] BootstrapMeans(double[] d, PairedTestOptions options) =>
        Draw(options.Resamples, options.Seed, BootstrapStream, options.Threads, rng =>
        {
            double sum = 0;
            for (int i = 0; i < d.Length; i++)
            {
                sum += d[rng.NextInt(d.Length)];
            }

            return sum / d.Length;
        });

    /// <summary>The bootstrap percentile interval of the mean of <paramref name="d"/>.</summary>
    public static ConfidenceInterval PercentileInterval(double[] d, PairedTestOptions options)
    {
        if (d.Length == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, options.ConfidenceLevel, "bootstrap-percentile");
        }

        return PercentileInterval(BootstrapMeans(d, options), options.ConfidenceLevel);
    }

    /// <summary>The percentile interval of given bootstrap means (linear interpolation between order statistics).</summary>
    public static ConfidenceInterval PercentileInterval(double[] means, double level)
    {
        double[] sorted = (double[])means.Clone();
        Array.Sort(sorted);
        double tail = (1 - level) / 2;
        return new ConfidenceInterval(Quantile(sorted, tail), Quantile(sorted, 1 - tail), level, "bootstrap-percentile");
    }

    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Slack for "at least as extreme" comparisons: sums of the same numbers in another order differ by rounding.</summary>
    public static double Tolerance(ReadOnlySpan<double> d)
    {
        double scale = 0;
        foreach (double v in d)
        {
            scale += Math.Abs(v);
        }

        return 1e-12 * Math.Max(scale, 1e-300);
    }
}
