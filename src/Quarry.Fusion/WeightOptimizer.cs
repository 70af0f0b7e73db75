using Quarry.Data.Runs;

namespace Quarry.Fusion;

/// <summary>Options of <see cref="WeightOptimizer"/>.</summary>
public sealed record WeightSearchOptions
{
    /// <summary>Grid step of each weight in [0, 1]; weights on the grid that sum to 1 are tried. Default 0.1.</summary>
    public double Step { get; init; } = 0.1;
}

/// <summary>One point of the grid and the objective it reached.</summary>
public sealed record WeightTrial(IReadOnlyList<double> Weights, double Value);

/// <summary>The best weights found and every trial, in the order tried.</summary>
public sealed record WeightSearchResult(IReadOnlyList<double> BestWeights, double BestValue, IReadOnlyList<WeightTrial> Trials);

/// <summary>
/// Grid search of fusion weights on a development set. The objective (e.g. mean nDCG@10 against dev qrels) is a
/// delegate so that fusion stays independent of evaluation. Ties keep the first grid point in enumeration order,
/// which is lexicographic with the first run's weight descending, so results are deterministic.
/// </summary>
public static class WeightOptimizer
{
    /// <summary>Tries every weight vector on the simplex grid and returns the one that maximises <paramref name="objective"/>.</summary>
    public static WeightSearchResult Optimize(IReadOnlyList<Run> runs, FusionOptions baseOptions, Func<Run, double> objective, WeightSearchOptions? search = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(objective);
        search ??= new WeightSearchOptions();
        if (!(search.Step > 0 && search.Step <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(search), search.Step, "the grid step must be in (0, 1]");
        }

        int steps = (int)Math.Round(1 / search.Step);
        var trials = new List<WeightTrial>();
        WeightTrial? best = null;
        foreach (int[] units in Compositions(steps, runs.Count))
        {
            double[] weights = [.. units.Select(u => (double)u / steps)];
            var fused = RunFuser.Fuse(runs, baseOptions with { Weights = weights }).Run;
            var trial = new WeightTrial(weights, objective(fused));
            trials.Add(trial);
            if (best is null || trial.Value > best.Value)
            {
                best = trial;
            }
        }

        return new WeightSearchResult(best!.Weights, best.Value, trials);
    }

    /// <summary>All ways to write <paramref name="total"/> as an ordered sum of <paramref name="parts"/> non-negative integers, first part largest first.</summary>
    internal static IEnumerable<int[]> Compositions(int total, int parts)
    {
        var current = new int[parts];
        return Fill(0, total);

        IEnumerable<int[]> Fill(int index, int remaining)
        {
            if (index == parts - 1)
            {
                current[index] = remaining;
                yield return (int[])current.Clone();
                yield break;
            }

            for (int v = remaining; v >= 0; v--)
            {
                current[index] = v;
                foreach (int[] c in Fill(index + 1, remaining - v))
                {
                    yield return c;
                }
            }
        }
    }
}
