namespace Quarry.Eval.Significance;

/// <summary>
/// The paired bootstrap test of the mean difference, two-sided (Efron and Tibshirani's shift method): the
/// differences are centred to make the null hypothesis true, and p = (1 + #{|mean* - mean| ≥ |mean|}) / (1 + B).
/// The same bootstrap means give the percentile interval of the mean difference.
/// </summary>
public static class BootstrapTest
{
    public static PairedTestResult Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, PairedTestOptions options)
    {
        double[] d = Differences.Of(x, y);
        double mean = Differences.Mean(d);
        if (d.Length == 0)
        {
            return new PairedTestResult(PairedTestKind.Bootstrap, double.NaN, double.NaN, mean, Resampling.PercentileInterval(d, options), 0);
        }

        double[] means = Resampling.BootstrapMeans(d, options);
        // mean* of the centred differences is mean* - mean, so one set of draws serves the test and the interval.
        double threshold = Math.Abs(mean) - Resampling.Tolerance(d) / d.Length;
        int extreme = 0;
        foreach (double m in means)
        {
            if (Math.Abs(m - mean) >= threshold)
            {
                extreme++;
            }
        }

        double p = (extreme + 1.0) / (means.Length + 1.0);
        var interval = Resampling.PercentileInterval(means, options.ConfidenceLevel);
        return new PairedTestResult(PairedTestKind.Bootstrap, mean, p, mean, interval, d.Length);
    }
}
