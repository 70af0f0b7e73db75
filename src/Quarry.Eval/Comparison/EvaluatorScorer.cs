using System.Runtime.CompilerServices;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Input;

namespace Quarry.Eval.Comparison;

/// <summary>
/// The standard <see cref="IPerQueryScorer"/>: trec_eval-exact per-query values from <see cref="Evaluator"/>, with -c
/// semantics. Converted qrels and runs are cached per object, so scoring many measures does not re-index the inputs.
/// </summary>
public sealed class EvaluatorScorer : IPerQueryScorer
{
    private readonly ConditionalWeakTable<QrelSet, Judgments> _judgments = [];
    private readonly ConditionalWeakTable<Run, RunTable> _runs = [];

    public IReadOnlyDictionary<string, double> Score(QrelSet qrels, Run run, string measure) =>
        Score(qrels, _runs.GetValue(run, RunTable.From), run.Contains, measure);

    public IReadOnlyDictionary<string, double> Score(QrelSet qrels, NamedRun run, string measure) =>
        run.Table is { } table ? Score(qrels, table, run.Contains, measure) : Score(qrels, run.Run, measure);

    private IReadOnlyDictionary<string, double> Score(QrelSet qrels, RunTable table, Func<string, bool> contains, string measure)
    {
        var parsed = Measure.Parse(measure);
        if (!qrels.QueryIds.Any(contains))
        {
            // No query in common: under -c every qrels query scores 0 (trec_eval itself refuses to evaluate such a pair).
            return qrels.QueryIds.ToDictionary(q => q, _ => 0.0, StringComparer.Ordinal);
        }

        var judgments = _judgments.GetValue(qrels, Judgments.From);
        return Evaluator.PerQuery(judgments, table, [parsed], includeMissingQueries: true)[parsed];
    }

    public string CanonicalName(string measure) => Measure.Parse(measure).ToString();
}
