using Quarry.Eval.Significance;

namespace Quarry.Eval.Comparison;

/// <summary>Everything <c>quarry compare</c> reports: per qrels set and measure the paired comparisons, then order flips and warnings.</summary>
public sealed record ComparisonReport(
    string Baseline,
    IReadOnlyList<string> Runs,
    ComparisonOptions Options,
    IReadOnlyList<QrelsComparison> Sets,
    IReadOnlyList<OrderFlip> Flips,
    IReadOnlyList<string> Warnings);

/// <summary>The comparisons on one qrels set.</summary>
/// <param name="Name">The qrels set's name.</param>
/// <param name="QueryCount">Queries averaged over: every query of the qrels (trec_eval -c).</param>
/// <param name="Coverage">Per system (baseline first): qrels queries missing from the run, and its mean Judged@k.</param>
/// <param name="Measures">One comparison table per measure.</param>
public sealed record QrelsComparison(string Name, int QueryCount, IReadOnlyList<RunCoverage> Coverage, IReadOnlyList<MeasureComparison> Measures);

/// <summary>How much of a qrels set a run covers.</summary>
/// <param name="Run">The system.</param>
/// <param name="MissingQueries">Qrels queries the run has no ranking for; they count 0 in every mean.</param>
/// <param name="JudgedAtK">Mean fraction of the top k that carries a judgment.</param>
public sealed record RunCoverage(string Run, int MissingQueries, double JudgedAtK);

/// <summary>One measure on one qrels set: the baseline's mean and each run compared with it.</summary>
/// <param name="Measure">Canonical measure name.</param>
/// <param name="BaselineMean">The baseline's mean.</param>
/// <param name="QueryIds">The queries, in the order of every per-query array.</param>
/// <param name="BaselineValues">The baseline's per-query values.</param>
/// <param name="Rows">One row per run.</param>
public sealed record MeasureComparison(string Measure, double BaselineMean, IReadOnlyList<string> QueryIds, double[] BaselineValues, IReadOnlyList<RunComparison> Rows);

/// <summary>A run against the baseline on one measure.</summary>
/// <param name="Run">The run's name.</param>
/// <param name="Mean">Its mean over the qrels queries.</param>
/// <param name="Test">The paired test of run minus baseline (difference, p-value, interval).</param>
/// <param name="AdjustedPValue">p after the multiple-testing correction.</param>
/// <param name="Significant">Adjusted p below alpha.</param>
/// <param name="Wins">Queries where the run scores higher than the baseline.</param>
/// <param name="Ties">Queries with equal scores.</param>
/// <param name="Losses">Queries where it scores lower.</param>
/// <param name="Values">Its per-query values, aligned with <see cref="MeasureComparison.QueryIds"/>.</param>
public sealed record RunComparison(string Run, double Mean, PairedTestResult Test, double AdjustedPValue, bool Significant, int Wins, int Ties, int Losses, double[] Values)
{
    /// <summary>Mean of run minus baseline.</summary>
    public double Difference => Test.MeanDifference;
}

/// <summary>A pair of systems ordered one way on one qrels set and the other way on another: the sign of fitting label sparsity.</summary>
public sealed record OrderFlip(string SystemA, string SystemB, FlipSide First, FlipSide Second);

/// <summary>
/// One side of an <see cref="OrderFlip"/>: the means of the two systems on a qrels set and measure, and, when one of
/// them is the baseline, whether their difference was significant after correction (null when it was not tested).
/// </summary>
public sealed record FlipSide(string Qrels, string Measure, double MeanA, double MeanB, bool? Significant = null);
