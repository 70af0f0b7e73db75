using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Input;
using Quarry.Eval.TrecEval;

namespace Quarry.Eval;

/// <summary>
/// Evaluates runs against qrels with trec_eval 9.0.8's exact semantics (see <see cref="TrecEvaluator"/> for the engine).
/// This is the entry point for library users and for significance testing, which needs per-query values.
/// </summary>
public static class Evaluator
{
    /// <summary>
    /// Per-query values of one measure, keyed by query id, for the queries trec_eval reports: those in both the run and the
    /// qrels. With <paramref name="includeMissingQueries"/> (trec_eval -c), qrels queries absent from the run are added with 0,
    /// the value trec_eval -c gives an empty ranking. Values are at full precision (trec_eval prints them rounded).
    /// </summary>
    public static IReadOnlyDictionary<string, double> PerQuery(QrelSet qrels, Run run, Measure measure, bool includeMissingQueries)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return PerQuery(Judgments.From(qrels), RunTable.From(run), [measure], includeMissingQueries)[measure];
    }

    /// <summary>Per-query values of several measures at once (one pass over the run), keyed by measure then query id.</summary>
    public static IReadOnlyDictionary<Measure, IReadOnlyDictionary<string, double>> PerQuery(
        Judgments judgments, RunTable run, IReadOnlyList<Measure> measures, bool includeMissingQueries)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(measures);
        var result = TrecEvaluator.Evaluate(judgments, run, MeasureSelection.Of(measures), new TrecEvalOptions { Complete = includeMissingQueries });
        var byMeasure = new Dictionary<Measure, IReadOnlyDictionary<string, double>>();
        for (int m = 0; m < measures.Count; m++)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var q in result.Queries)
            {
                values[q.QueryId] = q.Values[m];
            }

            if (includeMissingQueries)
            {
                foreach (string qid in judgments.QueryIds)
                {
                    values.TryAdd(qid, 0.0);
                }
            }

            byMeasure[measures[m]] = values;
        }

        return byMeasure;
    }

    /// <summary>The mean of one measure as trec_eval's "all" line gives it (with -c when <paramref name="includeMissingQueries"/>).</summary>
    public static double Mean(QrelSet qrels, Run run, Measure measure, bool includeMissingQueries)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var result = Evaluate(Judgments.From(qrels), RunTable.From(run), MeasureSelection.Of([measure]), new TrecEvalOptions { Complete = includeMissingQueries });
        return result.Summary[0];
    }

    /// <summary>A full trec_eval-style evaluation (many measures, -q/-c/-M/-l options); format it with <see cref="TrecEvalFormatter"/>.</summary>
    public static EvaluationResult Evaluate(Judgments judgments, RunTable run, MeasureSelection measures, TrecEvalOptions? options = null) =>
        TrecEvaluator.Evaluate(judgments, run, measures, options ?? new TrecEvalOptions());
}
