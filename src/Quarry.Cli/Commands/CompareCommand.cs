using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval.Comparison;
using Quarry.Eval.Reports;

namespace Quarry.Cli.Commands;

/// <summary>`quarry compare`: Compare runs with paired significance tests, per measure and per qrels set.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare",
            "Compare runs with paired significance tests, per measure and per qrels set: each run's mean, its difference from the baseline " +
            "with a 95% confidence interval, the paired p-value (corrected for multiple runs), per-query wins/ties/losses, label-sparsity warnings " +
            "(Judged@10) and, with several --qrels sets, the system pairs whose order flips between them.");
        var options = new CompareOptionSet();
        options.AddTo(command);
        command.SetAction(parseResult => CliRunner.Run("compare", () =>
        {
            var request = options.Read(parseResult);
            var report = Execute(request);
            CompareOutput.Write(report, request);
            return 0;
        }));
        return command;
    }

    /// <summary>Loads the inputs and runs the comparison, with a progress bar on stderr.</summary>
    internal static ComparisonReport Execute(CompareRequest request)
    {
        var scorer = new EvaluatorScorer();
        foreach (var spec in request.Measures)
        {
            try
            {
                scorer.CanonicalName(spec.Measure);
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--measure '{spec.Measure}': {ex.Message}");
            }
        }

        var qrels = request.Qrels.Select(q => new NamedQrels(q.Name, QrelsReader.Load(q.Path))).ToList();
        var baseline = CompareRunLoader.Load(request.Baseline.Name, request.Baseline.Path);
        var runs = request.Runs.Select(r => CompareRunLoader.Load(r.Name, r.Path)).ToList();
        long total = RunComparer.WorkUnits(qrels.Count, request.Measures.Count, runs.Count + 1);
        try
        {
            return ConsoleProgress.Run("Comparing", total, progress =>
                RunComparer.Compare(qrels, baseline, runs, request.Measures, scorer, request.Options, progress));
        }
        catch (FormatException ex) when (ex is not InputFormatException)
        {
            throw new UsageException(ex.Message, ex);
        }
    }
}
