namespace Quarry.Eval.Significance;

/// <summary>Runs the paired test an options record names: one entry point for callers that let the user choose.</summary>
public static class PairedTest
{
    /// <summary>Tests x against y (differences x - y), pairs in the same order in both spans.</summary>
    public static PairedTestResult Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y, PairedTestOptions options) => options.Kind switch
    {
        PairedTestKind.TTest => PairedTTest.Run(x, y, options.ConfidenceLevel),
        PairedTestKind.Wilcoxon => WilcoxonSignedRank.Run(x, y, options),
        PairedTestKind.Randomization => RandomizationTest.Run(x, y, options),
        PairedTestKind.Bootstrap => BootstrapTest.Run(x, y, options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "unknown test"),
    };

    /// <summary>The name users type for a test (t, wilcoxon, randomization, bootstrap).</summary>
    public static string Name(PairedTestKind kind) => kind switch
    {
        PairedTestKind.TTest => "t",
        PairedTestKind.Wilcoxon => "wilcoxon",
        PairedTestKind.Randomization => "randomization",
        PairedTestKind.Bootstrap => "bootstrap",
        _ => kind.ToString(),
    };

    /// <summary>Parses a test name; null when unknown.</summary>
    public static PairedTestKind? Parse(string name) => name.ToLowerInvariant() switch
    {
        "t" or "ttest" or "t-test" => PairedTestKind.TTest,
        "wilcoxon" => PairedTestKind.Wilcoxon,
        "randomization" or "permutation" => PairedTestKind.Randomization,
        "bootstrap" => PairedTestKind.Bootstrap,
        _ => null,
    };
}
