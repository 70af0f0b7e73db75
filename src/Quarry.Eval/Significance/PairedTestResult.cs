namespace Quarry.Eval.Significance;

/// <summary>A confidence interval of the mean paired difference, with the method that produced it.</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
/// <param name="Method">"t" (Student t interval) or "bootstrap-percentile".</param>
public sealed record ConfidenceInterval(double Low, double High, double Level, string Method);

/// <summary>The outcome of one paired test of x against y: the statistic, the two-sided p-value and the mean of x - y with its interval.</summary>
/// <param name="Kind">Which test produced it.</param>
/// <param name="Statistic">t for the t-test, min(W+, W-) for Wilcoxon, the mean difference for the resampling tests.</param>
/// <param name="PValue">Two-sided p-value (1 when every difference is zero).</param>
/// <param name="MeanDifference">mean(x - y).</param>
/// <param name="Interval">The confidence interval of <paramref name="MeanDifference"/>.</param>
/// <param name="Count">Number of pairs.</param>
public sealed record PairedTestResult(PairedTestKind Kind, double Statistic, double PValue, double MeanDifference, ConfidenceInterval Interval, int Count);
