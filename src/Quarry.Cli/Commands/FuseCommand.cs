using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.Runs;
using Quarry.Fusion;

namespace Quarry.Cli.Commands;

/// <summary>`quarry fuse`: Fuse runs (RRF, CombSUM, CombMNZ, interpolation).</summary>
public static class FuseCommand
{
    public static Command Create()
    {
        var o = new FuseOptionSet();
        var command = new Command(
            "fuse",
            "Fuse runs (RRF, CombSUM, CombMNZ, interpolation). Queries are the union of the runs' queries; a run lacking a query contributes nothing to it (a warning says how many).");
        o.AddTo(command);
        command.SetAction(parseResult => CliRunner.Run("fuse", () => Execute(o.Read(parseResult))));
        return command;
    }

    private static int Execute(FuseRequest request)
    {
        var runs = new List<Run>(request.RunPaths.Count);
        foreach (string path in request.RunPaths)
        {
            runs.Add(RunReader.Load(path));
        }

        var options = request.Options;
        if (request.Optimize is { } optimize)
        {
            var search = FuseOptimization.Run(runs, options, optimize);
            options = options with { Weights = search.BestWeights };
        }

        var result = RunFuser.Fuse(runs, options);
        for (int r = 0; r < runs.Count; r++)
        {
            if (result.MissingQueries[r] > 0)
            {
                Console.Error.WriteLine($"quarry fuse: warning: {Path.GetFileName(request.RunPaths[r])} lacks {result.MissingQueries[r]} of the {result.Run.QueryCount} queries; it contributes nothing to them");
            }
        }

        FusedRunWriter.Write(request.OutputPath, result.Run, request.Format, request.Tag ?? result.Run.Tag);
        Console.Error.WriteLine($"quarry fuse: {result.Run.QueryCount} queries fused from {runs.Count} runs ({FuseOptionSet.Describe(options)}) -> {request.OutputPath}");
        return 0;
    }
}
