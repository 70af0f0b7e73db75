using Quarry.Cli.Hosting;
using Quarry.Data.Runs;
using Quarry.Fusion;

namespace Quarry.Cli.Commands;

/// <summary>`quarry fuse --optimize`: the weight grid search, scored with the evaluation library.</summary>
internal static class FuseOptimization
{
    public static WeightSearchResult Run(IReadOnlyList<Run> runs, FusionOptions options, FuseOptimizeRequest request)
    {
        var objective = FuseObjective.Create(request.QrelsPath, request.Measure);
        var result = WeightOptimizer.Optimize(runs, options, objective, new WeightSearchOptions { Step = request.Step });
        Console.Error.WriteLine($"quarry fuse: best {request.Measure} = {result.BestValue:F4} with weights {string.Join(',', result.BestWeights.Select(w => w.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))} ({result.Trials.Count} grid points)");
        if (result.Trials.Count == 0)
        {
            throw new UsageException("--optimize tried no weights");
        }

        return result;
    }
}
