using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Input;
using Quarry.Eval.Significance;

namespace Quarry.Eval.Comparison;

/// <summary>
/// A run with the name it is shown under (usually its file name): either a <see cref="Data.Runs.Run"/> or, loaded
/// much faster and smaller for large runs, the evaluator's <see cref="RunTable"/> (see <see cref="FromTable"/>).
/// </summary>
public sealed record NamedRun(string Name, Run Run)
{
    /// <summary>The run in the evaluator's form, when it was loaded as one; <see cref="Run"/> is then empty.</summary>
    public RunTable? Table { get; private init; }

    /// <summary>A run loaded with <see cref="RunTable.Load"/> (TREC form): no per-hit objects, fast to read.</summary>
    public static NamedRun FromTable(string name, RunTable table) => new(name, new Run()) { Table = table };

    /// <summary>Whether the run ranks documents for the query.</summary>
    public bool Contains(string queryId) => Table is { } t ? t.Get(queryId) is not null : Run.Contains(queryId);
}

/// <summary>A qrels set with the name it is shown under (e.g. <c>dev</c>, <c>dl19</c>).</summary>
public sealed record NamedQrels(string Name, QrelSet Qrels);

/// <summary>A measure to compare on, optionally bound to one qrels set (<c>dl19:nDCG@10</c>); unbound measures apply to every set.</summary>
public sealed record MeasureSpec(string Measure, string? QrelsName = null)
{
    /// <summary>Parses <c>MEASURE</c> or <c>QRELS:MEASURE</c>.</summary>
    public static MeasureSpec Parse(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? new MeasureSpec(text[(colon + 1)..], text[..colon]) : new MeasureSpec(text);
    }

    public bool AppliesTo(string qrelsName) => QrelsName is null || string.Equals(QrelsName, qrelsName, StringComparison.Ordinal);
}

/// <summary>Settings of a comparison; the defaults are those of <c>quarry compare</c>.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The paired test and its resampling settings. Default: paired t-test.</summary>
    public PairedTestOptions Test { get; init; } = new();

    /// <summary>Multiple-testing correction, applied per qrels set and measure across the runs compared with the baseline. Default: Holm.</summary>
    public Correction Correction { get; init; } = Correction.Holm;

    /// <summary>Significance level for the adjusted p-values. Default: 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Depth of the judged-fraction check (Judged@k). Default: 10.</summary>
    public int JudgedDepth { get; init; } = 10;

    /// <summary>
    /// A run whose mean Judged@k is below this gets a warning: most of its top k carries no judgment, so its score is
    /// mostly a lower bound. Default: 0.5, i.e. fewer than half of the top 10 judged.
    /// </summary>
    public double JudgedWarningThreshold { get; init; } = 0.5;

    /// <summary>A run whose Judged@k trails the baseline's by at least this much gets a warning (it may be under-scored). Default: 0.2.</summary>
    public double JudgedGapWarning { get; init; } = 0.2;

    /// <summary>
    /// Round every per-query value to this many decimals before testing, as <c>trec_eval -q</c> prints them (4), so that
    /// results equal those of a script that parses trec_eval's output; null (default) keeps full precision.
    /// </summary>
    public int? PerQueryDigits { get; init; }
}
