namespace Quarry.Eval.Significance;

/// <summary>
/// The paired t-test of x against y, two-sided, computed as SciPy 1.10's <c>ttest_rel</c> does
/// (d = x - y, sample variance with n - 1, t = mean / sqrt(var / n), n - 1 degrees of freedom),
/// with the Student t interval of the mean difference.
/// </summary>
public static class PairedTTest
{
    /// <summary>Runs the test. Identical inputs give p = 1 (SciPy returns NaN there); fewer than two pairs give NaN.</summary>
    public static PairedTestResult Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidenceLevel = 0.95)
    {
        double[] d = Differences.Of(x, y);
        int n = d.Length;
        double mean = Differences.Mean(d);
        if (n < 2)
        {
            return new PairedTestResult(PairedTestKind.TTest, double.NaN, double.NaN, mean, new ConfidenceInterval(double.NaN, double.NaN, confidenceLevel, "t"), n);
        }

        double variance = Differences.SampleVariance(d, mean);
        double standardError = Math.Sqrt(variance / n);
        double df = n - 1;
        double t;
        double p;
        if (standardError == 0)
        {
            // All differences equal: no evidence at all when they are zero, certainty otherwise.
            t = mean == 0 ? 0 : Math.CopySign(double.PositiveInfinity, mean);
            p = mean == 0 ? 1 : 0;
        }
        else
        {
            t = mean / standardError;
            p = StudentT.TwoSidedP(t, df);
        }

        double half = StudentT.Quantile(0.5 + confidenceLevel / 2, df) * standardError;
        var interval = new ConfidenceInterval(mean - half, mean + half, confidenceLevel, "t");
        return new PairedTestResult(PairedTestKind.TTest, t, p, mean, interval, n);
    }
}
