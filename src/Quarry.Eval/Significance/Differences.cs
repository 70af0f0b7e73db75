namespace Quarry.Eval.Significance;

/// <summary>Paired differences and their moments, shared by every test so that all of them see the same numbers.</summary>
internal static class Differences
{
    /// <summary>d = x - y, element by element; the two inputs must be paired (same length, same query order).</summary>
    public static double[] Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"paired samples differ in length: {x.Length} vs {y.Length}");
        }

        var d = new double[x.Length];
        for (int i = 0; i < d.Length; i++)
        {
            d[i] = x[i] - y[i];
        }

        return d;
    }

    public static double Mean(ReadOnlySpan<double> d)
    {
        if (d.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double v in d)
        {
            sum += v;
        }

        return sum / d.Length;
    }

    /// <summary>Sample variance (divisor n - 1), two-pass for accuracy.</summary>
    public static double SampleVariance(ReadOnlySpan<double> d, double mean)
    {
        double sum = 0;
        foreach (double v in d)
        {
            double e = v - mean;
            sum += e * e;
        }

        return sum / (d.Length - 1);
    }
}
