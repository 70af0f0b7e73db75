namespace Quarry.Eval.Significance;

/// <summary>Student's t distribution: two-sided tail probabilities and quantiles, built on the regularized incomplete beta.</summary>
public static class StudentT
{
    /// <summary>P(|T| ≥ |t|) for T with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double TwoSidedP(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        double t2 = t * t;
        double denominator = degreesOfFreedom + t2;
        // P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2); both x and 1-x are formed directly to keep precision.
        return SpecialFunctions.RegularizedBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / denominator, t2 / denominator);
    }

    /// <summary>The CDF P(T ≤ t).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        double tail = TwoSidedP(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The quantile: the t with P(T ≤ t) = <paramref name="p"/>, found by bisection to full precision.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "a probability strictly between 0 and 1 is required");
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, degreesOfFreedom);
        }

        double low = 0;
        double high = 1;
        while (Cdf(high, degreesOfFreedom) < p)
        {
            low = high;
            high *= 2;
        }

        // The CDF is monotone, so bisection is safe; 200 halvings exhaust double precision.
        for (int i = 0; i < 200 && high - low > 1e-15 * high; i++)
        {
            double mid = 0.5 * (low + high);
            if (Cdf(mid, degreesOfFreedom) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }
}
