using Quarry.Data.Records;
using Quarry.Data.Runs;

namespace Quarry.Fusion;

/// <summary>
/// Fuses runs query by query. Queries are the union of the runs' queries; a run lacking a query contributes nothing
/// to it (and is counted in <see cref="FusionResult.MissingQueries"/> so the caller can warn). Definitions in docs/fusion.md.
/// </summary>
public static class RunFuser
{
    /// <summary>Fuses <paramref name="runs"/> with <paramref name="options"/>.</summary>
    public static FusionResult Fuse(IReadOnlyList<Run> runs, FusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);
        var weights = ResolveWeights(runs.Count, options);
        var queries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            foreach (string q in run.QueryIds)
            {
                if (seen.Add(q))
                {
                    queries.Add(q);
                }
            }
        }

        var missing = new int[runs.Count];
        var fused = new Run { Tag = $"fused-{options.Method.ToString().ToLowerInvariant()}" };
        var scores = new Dictionary<string, (double Sum, int Runs)>(StringComparer.Ordinal);
        foreach (string q in queries)
        {
            scores.Clear();
            for (int r = 0; r < runs.Count; r++)
            {
                if (!runs[r].Contains(q))
                {
                    missing[r]++;
                    continue;
                }

                Accumulate(RunRanking.Ranked(runs[r][q], options.Depth), weights[r], options, scores);
            }

            fused.Set(q, TopHits(scores, options));
        }

        return new FusionResult(fused, missing);
    }

    /// <summary>The weights actually used: the given ones, or 1 per run (1/n for interpolation).</summary>
    public static double[] ResolveWeights(int runCount, FusionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (runCount < 1)
        {
            throw new ArgumentException("fusion needs at least one run", nameof(runCount));
        }

        if (options.Weights is { } given)
        {
            if (given.Count != runCount)
            {
                throw new ArgumentException($"{given.Count} weights given for {runCount} runs; give one weight per run");
            }

            return [.. given];
        }

        double w = options.Method == FusionMethod.Interpolate ? 1.0 / runCount : 1.0;
        return Enumerable.Repeat(w, runCount).ToArray();
    }

    private static void Accumulate(ScoredDoc[] ranked, double weight, FusionOptions options, Dictionary<string, (double Sum, int Runs)> scores)
    {
        var contribution = new double[ranked.Length];
        if (options.Method == FusionMethod.Rrf)
        {
            for (int i = 0; i < ranked.Length; i++)
            {
                contribution[i] = weight / (options.K + i + 1);
            }
        }
        else
        {
            for (int i = 0; i < ranked.Length; i++)
            {
                contribution[i] = ranked[i].Score;
            }

            ScoreNormalizer.Apply(options.Normalization, contribution);
            for (int i = 0; i < ranked.Length; i++)
            {
                contribution[i] *= weight;
            }
        }

        for (int i = 0; i < ranked.Length; i++)
        {
            scores.TryGetValue(ranked[i].DocId, out var acc);
            scores[ranked[i].DocId] = (acc.Sum + contribution[i], acc.Runs + 1);
        }
    }

    private static List<ScoredDoc> TopHits(Dictionary<string, (double Sum, int Runs)> scores, FusionOptions options)
    {
        var hits = new List<ScoredDoc>(scores.Count);
        foreach (var (doc, acc) in scores)
        {
            double score = options.Method == FusionMethod.CombMnz ? acc.Sum * acc.Runs : acc.Sum;
            hits.Add(new ScoredDoc(doc, score));
        }

        hits.Sort(RunRanking.FusedOrder);
        if (hits.Count > options.Hits)
        {
            hits.RemoveRange(options.Hits, hits.Count - options.Hits);
        }

        return hits;
    }
}
