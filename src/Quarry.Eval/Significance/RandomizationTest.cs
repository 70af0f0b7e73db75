namespace Quarry.Eval.Significance;

/// <summary>
/// The paired randomization test (Fisher's sign-flip permutation test) of the mean difference, two-sided:
/// under the null hypothesis each difference's sign is a coin toss. p = (1 + #{|flipped sum| ≥ |observed sum|}) / (1 + R),
/// which never reports 0 from a finite sample. The interval is the bootstrap percentile interval of the mean difference.
/// </summary>
public static class RandomizationTest
{
    public static PairedTestResult Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, PairedTestOptions options)
    {
        double[] d = Differences.Of(x, y);
        double mean = Differences.Mean(d);
        double observed = 0;
        foreach (double v in d)
        {
            observed += v;
        }

        double threshold = Math.Abs(observed) - Resampling.Tolerance(d);
        double[] sums = Resampling.Draw(options.Resamples, options.Seed, Resampling.SignFlipStream, options.Threads, rng =>
        {
            double sum = 0;
            ulong bits = 0;
            for (int i = 0; i < d.Length; i++)
            {
                if ((i & 63) == 0)
                {
                    bits = rng.Next();
                }

                sum += (bits & 1) == 0 ? d[i] : -d[i];
                bits >>= 1;
            }

            return sum;
        });

        int extreme = 0;
        foreach (double s in sums)
        {
            if (Math.Abs(s) >= threshold)
            {
                extreme++;
            }
        }

        double p = (extreme + 1.0) / (sums.Length + 1.0);
        return new PairedTestResult(PairedTestKind.Randomization, mean, p, mean, Resampling.PercentileInterval(d, options), d.Length);
    }
}
