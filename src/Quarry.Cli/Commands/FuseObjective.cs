using Quarry.Cli.Hosting;
using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval;

namespace Quarry.Cli.Commands;

/// <summary>
/// The objective `quarry fuse --optimize` maximises: a measure (any name <see cref="Measure.Parse"/> accepts, e.g.
/// nDCG@10, RR@10, AP(rel=2), ndcg_cut.10) computed as trec_eval -c does: averaged over every query of the development
/// qrels, a query the fused run lacks scoring 0.
/// </summary>
internal static class FuseObjective
{
    public static Func<Run, double> Create(string qrelsPath, string measureName)
    {
        Measure measure;
        try
        {
            measure = Measure.Parse(measureName);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--measure: {ex.Message}");
        }

        var qrels = QrelsReader.Load(qrelsPath);
        return run => Evaluator.Mean(qrels, run, measure, includeMissingQueries: true);
    }
}
