using System.Globalization;

namespace Quarry.Eval;

/// <summary>
/// One evaluation measure as a value: the trec_eval measure it is computed by, its parameter, and the
/// per-measure depth (-M) and relevance level (-l) it implies. ir_measures names and trec_eval names of the
/// same thing parse to equal values: <c>Measure.Parse("nDCG@10") == Measure.Parse("ndcg_cut.10")</c>.
/// </summary>
public sealed record Measure
{
    private Measure(string trecName, string? parameter, int? depth, int? relevanceLevel)
    {
        TrecName = trecName;
        Parameter = parameter;
        Depth = depth;
        RelevanceLevel = relevanceLevel;
    }

    /// <summary>The trec_eval measure that computes it, e.g. <c>recip_rank</c>, <c>ndcg_cut</c>, <c>map</c>.</summary>
    public string TrecName { get; }

    /// <summary>The trec_eval parameter (a single cutoff such as <c>10</c>), or null.</summary>
    public string? Parameter { get; }

    /// <summary>Keep only the first N documents of each ranking first (trec_eval's -M), or null for all.</summary>
    public int? Depth { get; }

    /// <summary>Minimum grade that counts as relevant (trec_eval's -l), or null for the evaluation's default (1).</summary>
    public int? RelevanceLevel { get; }

    /// <summary>The trec_eval measure specification (<c>name</c> or <c>name.param</c>), as trec_eval's -m takes it.</summary>
    public string TrecSpec => Parameter is null ? TrecName : TrecName + "." + Parameter;

    /// <summary>Creates a measure from trec_eval terms; validates the name.</summary>
    public static Measure Create(string trecName, string? parameter = null, int? depth = null, int? relevanceLevel = null)
    {
        if (!MeasureNames.IsTrecName(trecName))
        {
            throw new FormatException($"unknown measure '{trecName}'; {MeasureNames.AcceptedSummary}");
        }

        if (depth is <= 0)
        {
            throw new FormatException($"measure depth must be positive, found {depth}");
        }

        return new Measure(trecName, MeasureNames.NormalizeParameter(trecName, parameter), depth, relevanceLevel);
    }

    /// <summary>
    /// Parses an ir_measures name (<c>RR@10</c>, <c>nDCG@10</c>, <c>AP</c>, <c>AP(rel=2)</c>, <c>R@1000</c>, <c>P@10</c>,
    /// <c>Judged@10</c>, <c>Success@5</c>) or a trec_eval name (<c>recip_rank</c>, <c>ndcg_cut.10</c>, <c>map</c>,
    /// <c>recall.1000</c>, <c>P.10</c>, <c>success.10</c>). Throws a <see cref="FormatException"/> listing what is accepted.
    /// </summary>
    public static Measure Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return MeasureNames.Parse(name.Trim());
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string name, out Measure? measure)
    {
        try
        {
            measure = Parse(name);
            return true;
        }
        catch (FormatException)
        {
            measure = null;
            return false;
        }
    }

    /// <summary>The canonical name: the ir_measures form where one exists (<c>RR@10</c>, <c>AP(rel=2)</c>), else the trec_eval form.</summary>
    public override string ToString() => MeasureNames.Canonical(this);

    internal static string Cut(long value) => value.ToString(CultureInfo.InvariantCulture);
}
