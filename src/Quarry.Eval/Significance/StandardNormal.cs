namespace Quarry.Eval.Significance;

/// <summary>The standard normal distribution's tail probabilities, for normal approximations (Wilcoxon).</summary>
public static class StandardNormal
{
    /// <summary>P(Z ≥ z).</summary>
    public static double Sf(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>P(|Z| ≥ |z|).</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : 2 * Sf(Math.Abs(z));
}
