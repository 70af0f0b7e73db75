namespace Quarry.Eval.Significance;

/// <summary>Settings of a paired test; the defaults are what <c>quarry compare</c> uses.</summary>
public sealed record PairedTestOptions
{
    /// <summary>Which test. Default: the paired t-test.</summary>
    public PairedTestKind Kind { get; init; } = PairedTestKind.TTest;

    /// <summary>Zero handling of the Wilcoxon test. Default: <see cref="WilcoxonZeroMethod.Wilcox"/>, SciPy's default.</summary>
    public WilcoxonZeroMethod ZeroMethod { get; init; } = WilcoxonZeroMethod.Wilcox;

    /// <summary>Number of resamples (sign flips or bootstrap samples). Default: 10,000.</summary>
    public int Resamples { get; init; } = 10_000;

    /// <summary>Seed of the resampling tests; the same seed gives the same result on any thread count. Default: 42.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Threads used by the resampling tests. Default: 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Coverage of the confidence interval. Default: 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
