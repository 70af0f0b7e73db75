using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval;

/// <summary>How a measure's values print: trec_eval's float (%6.4f), long (%ld), quoted string, or the run id.</summary>
internal enum ValueKind
{
    Float,
    Long,
    Text,
    RunId,
}

/// <summary>How per-query values become the "all" line (trec_eval's calc_avg kinds).</summary>
internal enum Averaging
{
    /// <summary>Arithmetic mean over the evaluated queries (or over all qrels queries with -c).</summary>
    Mean,

    /// <summary>Geometric mean: the per-query values are logs, missing queries count log(0.00001) with -c.</summary>
    Geometric,

    /// <summary>Plain sum (num_ret, num_rel_ret, num_nonrel_judged_ret).</summary>
    Sum,

    /// <summary>Number of queries.</summary>
    NumQ,

    /// <summary>Sum, or with -c the number of positive judgments in the whole qrels file.</summary>
    NumRel,

    /// <summary>No summary value (relstring) or a special one (runid).</summary>
    None,
}

/// <summary>Computes one query's values into <paramref name="values"/>; returns the text of a string measure (relstring), else null.</summary>
internal delegate string? MeasureCalc(RankedQuery q, BoundParams p, Span<double> values);

/// <summary>One row of trec_eval's measure table: name, parameters, computation, averaging and printing.</summary>
internal sealed record MeasureDef(
    string Name,
    ParamKind Params,
    string? DefaultParams,
    ValueKind Kind,
    Averaging Averaging,
    bool PrintsPerQuery,
    MeasureCalc Calc);
