namespace Quarry.Eval.Significance;

/// <summary>
/// The Wilcoxon signed-rank test of x against y with the normal approximation, two-sided, no continuity
/// correction, tie-corrected variance, as SciPy 1.10's <c>wilcoxon(x, y, zero_method, correction=False, mode='approx')</c>.
/// The statistic is min(W+, W-). The interval reported is the bootstrap percentile interval of the mean difference.
/// </summary>
public static class WilcoxonSignedRank
{
    /// <summary>Runs the test; every difference zero gives p = 1 (SciPy raises an error there for wilcox and pratt).</summary>
    public static PairedTestResult Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, PairedTestOptions options)
    {
        double[] all = Differences.Of(x, y);
        double mean = Differences.Mean(all);
        var interval = Resampling.PercentileInterval(all, options);
        var (statistic, p) = Compute(all, options.ZeroMethod);
        return new PairedTestResult(PairedTestKind.Wilcoxon, statistic, p, mean, interval, all.Length);
    }

    /// <summary>The statistic min(W+, W-) and the two-sided p-value of the differences <paramref name="d"/>.</summary>
    public static (double Statistic, double PValue) Compute(ReadOnlySpan<double> d, WilcoxonZeroMethod zeroMethod)
    {
        int zeros = 0;
        foreach (double v in d)
        {
            if (v == 0)
            {
                zeros++;
            }
        }

        if (zeros == d.Length)
        {
            return (0, 1);
        }

        // Wilcox drops the zeros before ranking; Pratt and zsplit rank them with the rest.
        double[] used = zeroMethod == WilcoxonZeroMethod.Wilcox ? Nonzero(d) : d.ToArray();
        int count = used.Length;
        double[] ranks = AverageRanks(used, out var tieGroups);

        double plus = 0, minus = 0, zeroRanks = 0;
        for (int i = 0; i < count; i++)
        {
            if (used[i] > 0)
            {
                plus += ranks[i];
            }
            else if (used[i] < 0)
            {
                minus += ranks[i];
            }
            else
            {
                zeroRanks += ranks[i];
            }
        }

        if (zeroMethod == WilcoxonZeroMethod.ZSplit)
        {
            plus += zeroRanks / 2;
            minus += zeroRanks / 2;
        }

        double statistic = Math.Min(plus, minus);
        double mn = count * (count + 1.0) * 0.25;
        double se = count * (count + 1.0) * (2.0 * count + 1.0);
        bool dropZeroGroup = false;
        if (zeroMethod == WilcoxonZeroMethod.Pratt)
        {
            // Cureton's adjustment: the zeros' ranks leave the null distribution, and so does their tie group.
            mn -= zeros * (zeros + 1.0) * 0.25;
            se -= zeros * (zeros + 1.0) * (2.0 * zeros + 1.0);
            dropZeroGroup = true;
        }

        foreach (var (size, isZero) in tieGroups)
        {
            if (size > 1 && !(isZero && dropZeroGroup))
            {
                se -= 0.5 * size * ((double)size * size - 1);
            }
        }

        se = Math.Sqrt(se / 24);
        double z = (statistic - mn) / se;
        return (statistic, StandardNormal.TwoSidedP(z));
    }

    private static double[] Nonzero(ReadOnlySpan<double> d)
    {
        var list = new List<double>(d.Length);
        foreach (double v in d)
        {
            if (v != 0)
            {
                list.Add(v);
            }
        }

        return [.. list];
    }

    // Average ranks of |d| (1-based); values tie only when exactly equal, as in SciPy's rankdata on the float differences.
    private static double[] AverageRanks(double[] d, out List<(int Size, bool IsZero)> groups)
    {
        int n = d.Length;
        var order = new int[n];
        var keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = Math.Abs(d[i]);
        }

        Array.Sort(keys, order);
        var ranks = new double[n];
        groups = [];
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            double average = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = average;
            }

            groups.Add((end - start, keys[start] == 0));
            start = end;
        }

        return ranks;
    }
}
