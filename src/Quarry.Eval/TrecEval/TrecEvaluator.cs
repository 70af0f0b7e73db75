using Quarry.Data.IO;
using Quarry.Eval.Input;
using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval;

/// <summary>
/// trec_eval 9.0.8's evaluation loop: every query in both the run and the qrels is ranked, judged and measured;
/// the summary adds the per-query values in query order and averages them as each measure does.
/// Queries are measured in parallel; the sums are taken in order afterwards, so results do not depend on threads.
/// </summary>
public static class TrecEvaluator
{
    /// <summary>Evaluates a run; throws <see cref="InputFormatException"/>-free <see cref="FormatException"/> when nothing can be evaluated.</summary>
    public static EvaluationResult Evaluate(Judgments judgments, RunTable run, MeasureSelection selection, TrecEvalOptions options)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(options);
        var evaluated = run.QueryIds.Where(q => judgments.Get(q) is not null).ToArray();
        if (evaluated.Length == 0)
        {
            throw new FormatException("no queries with both results and relevance judgments (do the query ids of the run and the qrels match?)");
        }

        var groups = selection.Measures
            .GroupBy(m => (Depth: m.Depth ?? options.MaxDocsPerQuery, Level: m.Level ?? options.RelevanceLevel))
            .Select(g => (g.Key.Depth, g.Key.Level, Measures: g.ToArray()))
            .ToArray();
        var rows = new QueryValues[evaluated.Length];
        Parallel.For(0, evaluated.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            rows[i] = Measure(evaluated[i], run.Get(evaluated[i])!, judgments.Get(evaluated[i])!, groups, selection.ValueCount, options);
        });

        int summaryCount = options.Complete ? judgments.QueryCount : evaluated.Length;
        var summary = Summarize(selection, rows, judgments, options, summaryCount);
        return new EvaluationResult(selection, options, run.RunId, rows, summary, summaryCount);
    }

    private static QueryValues Measure(string qid, QueryRun run, QueryJudgments judgments, (int Depth, int Level, BoundMeasure[] Measures)[] groups, int width, TrecEvalOptions options)
    {
        var values = new double[width];
        string? text = null;
        var order = Ranker.Order(run);
        foreach (var (depth, level, measures) in groups)
        {
            var ranked = Ranker.Judge(run, order, judgments, depth, level, options.JudgedDocsOnly, options.DocsInCollection);
            foreach (var m in measures)
            {
                text = m.Def.Calc(ranked, m.Params, values.AsSpan(m.Offset, m.Names.Length)) ?? text;
            }
        }

        return new QueryValues(qid, values, text);
    }

    private static double[] Summarize(MeasureSelection selection, QueryValues[] rows, Judgments judgments, TrecEvalOptions options, int count)
    {
        var summary = new double[selection.ValueCount];
        foreach (var row in rows)
        {
            for (int v = 0; v < summary.Length; v++)
            {
                summary[v] += row.Values[v];
            }
        }

        foreach (var m in selection.Measures)
        {
            for (int v = m.Offset; v < m.Offset + m.Names.Length; v++)
            {
                summary[v] = m.Def.Averaging switch
                {
                    Averaging.Mean => count > 0 ? summary[v] / count : summary[v],
                    Averaging.Geometric => count > 0
                        ? Math.Exp((summary[v] + ((count - rows.Length) * Math.Log(0.00001))) / count)
                        : summary[v],
                    Averaging.NumQ => count,
                    Averaging.NumRel => options.Complete ? judgments.QueryIds.Sum(q => (double)judgments.Get(q)!.PositiveCount) : summary[v],
                    _ => summary[v],
                };
            }
        }

        return summary;
    }
}
