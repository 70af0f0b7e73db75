namespace Quarry.Eval.Significance;

/// <summary>The paired significance tests Quarry offers.</summary>
public enum PairedTestKind
{
    /// <summary>Paired (dependent) Student t-test, two-sided, as SciPy's <c>ttest_rel</c>.</summary>
    TTest,

    /// <summary>Wilcoxon signed-rank test with the normal approximation, as SciPy's <c>wilcoxon(mode='approx', correction=False)</c>.</summary>
    Wilcoxon,

    /// <summary>Paired randomization (sign-flip permutation) test of the mean difference.</summary>
    Randomization,

    /// <summary>Paired bootstrap test of the mean difference (resampling the centred differences).</summary>
    Bootstrap,
}

/// <summary>How the Wilcoxon test treats zero differences (SciPy's <c>zero_method</c>).</summary>
public enum WilcoxonZeroMethod
{
    /// <summary>Drop zero differences before ranking (Wilcoxon's original rule; SciPy's default).</summary>
    Wilcox,

    /// <summary>Rank zeros with the others, then drop them from the rank sums (Pratt).</summary>
    Pratt,

    /// <summary>Rank zeros and split their ranks evenly between the positive and negative sums.</summary>
    ZSplit,
}
