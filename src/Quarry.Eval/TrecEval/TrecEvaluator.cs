using System.Collections.Concurrent;
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
    /// <summary>Evaluates a loaded run. Throws a <see cref="FormatException"/> when no query is in both the run and the qrels.</summary>
    public static EvaluationResult Evaluate(Judgments judgments, RunTable run, MeasureSelection selection, TrecEvalOptions options)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(options);
        var evaluated = run.QueryIds.Where(q => judgments.Get(q) is not null).ToArray();
        var groups = Groups(selection, options);
        var rows = new QueryValues[evaluated.Length];
        Parallel.For(0, evaluated.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            rows[i] = Measure(evaluated[i], run.Get(evaluated[i])!, judgments.Get(evaluated[i])!, groups, selection.ValueCount, options);
        });

        return Finish(judgments, run.RunId, selection, options, rows);
    }

    /// <summary>
    /// Evaluates a run file while reading it: each query is measured as soon as its block of lines ends and its documents
    /// are let go, so memory holds one query, not the run. A run whose queries are interleaved (a qid that comes back after
    /// other qids) is read again whole, as <see cref="RunTable.Load"/> does. Same results as <see cref="Evaluate"/>.
    /// </summary>
    public static EvaluationResult EvaluateFile(Judgments judgments, string runPath, MeasureSelection selection, TrecEvalOptions options)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(options);
        var groups = Groups(selection, options);
        var rows = new List<QueryValues>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var pending = new BlockingCollection<(string Qid, QueryRun Run, QueryJudgments Judged)>(boundedCapacity: 64);
        var measurer = Task.Run(() =>
        {
            foreach (var (qid, run, judged) in pending.GetConsumingEnumerable())
            {
                rows.Add(Measure(qid, run, judged, groups, selection.ValueCount, options));
            }
        });
        string runId;
        try
        {
            (runId, _) = RunScanner.Scan(
                runPath,
                qid => seen.Add(qid) ? new QueryRun() : throw new InterleavedRunException(),
                (qid, run) =>
                {
                    if (judgments.Get(qid) is { } judged)
                    {
                        pending.Add((qid, run, judged));
                    }
                });
        }
        catch (InterleavedRunException)
        {
            pending.CompleteAdding();
            return Evaluate(judgments, RunTable.Load(runPath), selection, options);
        }
        finally
        {
            pending.CompleteAdding();
            measurer.Wait();
        }

        var ordered = rows.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.QueryId, b.QueryId));
        return Finish(judgments, runId, selection, options, ordered);
    }

    private static (int Depth, int Level, BoundMeasure[] Measures)[] Groups(MeasureSelection selection, TrecEvalOptions options) =>
        [.. selection.Measures
            .GroupBy(m => (Depth: m.Depth ?? options.MaxDocsPerQuery, Level: m.Level ?? options.RelevanceLevel))
            .Select(g => (g.Key.Depth, g.Key.Level, g.ToArray()))];

    private static EvaluationResult Finish(Judgments judgments, string runId, MeasureSelection selection, TrecEvalOptions options, QueryValues[] rows)
    {
        if (rows.Length == 0)
        {
            throw new FormatException("no queries with both results and relevance judgments (do the query ids of the run and the qrels match?)");
        }

        int summaryCount = options.Complete ? judgments.QueryCount : rows.Length;
        var summary = Summarize(selection, rows, judgments, options, summaryCount);
        return new EvaluationResult(selection, options, runId, rows, summary, summaryCount);
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

/// <summary>Raised inside <see cref="TrecEvaluator.EvaluateFile"/> when a qid comes back; it switches to whole-run reading.</summary>
internal sealed class InterleavedRunException : Exception
{
    public InterleavedRunException()
        : base("the run's queries are interleaved")
    {
    }

    public InterleavedRunException(string message)
        : base(message)
    {
    }

    public InterleavedRunException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
