namespace Quarry.Eval.TrecEval;

/// <summary>One evaluated query: its id, its values in <see cref="MeasureSelection.ValueNames"/> order, and its relstring if asked.</summary>
public sealed record QueryValues(string QueryId, double[] Values, string? Text);

/// <summary>The outcome of an evaluation: per-query values for the queries trec_eval evaluates, and the summary.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(MeasureSelection selection, TrecEvalOptions options, string runId, IReadOnlyList<QueryValues> queries, double[] summary, int summaryQueryCount)
    {
        Selection = selection;
        Options = options;
        RunId = runId;
        Queries = queries;
        Summary = summary;
        SummaryQueryCount = summaryQueryCount;
    }

    public MeasureSelection Selection { get; }

    public TrecEvalOptions Options { get; }

    /// <summary>The run's tag, as trec_eval's runid reports it.</summary>
    public string RunId { get; }

    /// <summary>Queries present in both the run and the qrels, in trec_eval's order.</summary>
    public IReadOnlyList<QueryValues> Queries { get; }

    /// <summary>The "all" values, aligned with <see cref="MeasureSelection.ValueNames"/>.</summary>
    public IReadOnlyList<double> Summary { get; }

    /// <summary>The number of queries the summary averages over (all qrels queries with -c).</summary>
    public int SummaryQueryCount { get; }

    /// <summary>The summary value of a value name (e.g. "map", "P_10", "RR@10").</summary>
    public double SummaryOf(string valueName)
    {
        int i = 0;
        foreach (string name in Selection.ValueNames)
        {
            if (name == valueName)
            {
                return Summary[i];
            }

            i++;
        }

        throw new KeyNotFoundException($"no value named '{valueName}' in this evaluation");
    }
}
