using Quarry.Data.Qrels;
using Quarry.Data.Runs;

namespace Quarry.Eval.Comparison;

/// <summary>
/// Computes one measure per query for a run, the input of every paired test. The result must hold a value for
/// every query of the qrels (trec_eval -c: a query missing from the run scores 0); queries only in the run are ignored.
/// </summary>
public interface IPerQueryScorer
{
    /// <summary>Per-query values of <paramref name="measure"/> (a name such as <c>RR@10</c>, <c>nDCG@10</c>, <c>Judged@10</c>).</summary>
    IReadOnlyDictionary<string, double> Score(QrelSet qrels, Run run, string measure);

    /// <summary>Per-query values for a named run; scorers that understand <see cref="NamedRun.Table"/> override this.</summary>
    IReadOnlyDictionary<string, double> Score(QrelSet qrels, NamedRun run, string measure) =>
        run.Table is null ? Score(qrels, run.Run, measure) : throw new NotSupportedException($"{GetType().Name} cannot score a run loaded as a RunTable");

    /// <summary>The canonical display name of a measure (e.g. <c>ndcg_cut.10</c> becomes <c>nDCG@10</c>); throws FormatException for unknown names.</summary>
    string CanonicalName(string measure);
}
