using Quarry.Cli.Hosting;
using Quarry.Data.Qrels;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Fusion;

namespace Quarry.Cli.Commands;

/// <summary>
/// The objective `quarry fuse --optimize` maximises: a trec_eval-style measure averaged over every query of the
/// development qrels (a query the fused run lacks scores 0). Documents are ranked as trec_eval ranks them
/// (score descending, docid descending). Supported: nDCG@k (trec_eval ndcg_cut.k), RR@k / MRR@k, P@k, R@k.
/// </summary>
internal static class FuseObjective
{
    public static Func<Run, double> Create(string qrelsPath, string measure)
    {
        var qrels = QrelsReader.Load(qrelsPath);
        var (kind, cutoff) = ParseMeasure(measure);
        return run =>
        {
            double total = 0;
            foreach (string q in qrels.QueryIds)
            {
                total += PerQuery(kind, cutoff, RunRanking.Ranked(run[q], cutoff), qrels[q]);
            }

            return qrels.QueryCount == 0 ? 0 : total / qrels.QueryCount;
        };
    }

    private static (string Kind, int Cutoff) ParseMeasure(string text)
    {
        string normalized = text.Replace("_cut.", "@", StringComparison.Ordinal).Replace("ndcg", "nDCG", StringComparison.OrdinalIgnoreCase);
        int at = normalized.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && int.TryParse(normalized[(at + 1)..], out int k) && k > 0)
        {
            string kind = normalized[..at].ToLowerInvariant() switch
            {
                "ndcg" => "ndcg",
                "rr" or "mrr" or "recip_rank" => "rr",
                "p" => "p",
                "r" or "recall" => "r",
                _ => "",
            };
            if (kind.Length > 0)
            {
                return (kind, k);
            }
        }

        throw new UsageException($"--measure: expected nDCG@k, RR@k, P@k or R@k (e.g. nDCG@10), found '{text}'");
    }

    private static double PerQuery(string kind, int k, ScoredDoc[] ranked, IReadOnlyDictionary<string, int> judged)
    {
        switch (kind)
        {
            case "ndcg":
                double dcg = 0;
                for (int i = 0; i < ranked.Length; i++)
                {
                    dcg += Gain(judged, ranked[i].DocId) / Math.Log2(i + 2);
                }

                var ideal = judged.Values.Where(g => g > 0).OrderDescending().Take(k).ToArray();
                double idcg = 0;
                for (int i = 0; i < ideal.Length; i++)
                {
                    idcg += ideal[i] / Math.Log2(i + 2);
                }

                return idcg > 0 ? dcg / idcg : 0;
            case "rr":
                for (int i = 0; i < ranked.Length; i++)
                {
                    if (Gain(judged, ranked[i].DocId) > 0)
                    {
                        return 1.0 / (i + 1);
                    }
                }

                return 0;
            case "p":
                return ranked.Count(h => Gain(judged, h.DocId) > 0) / (double)k;
            default:
                int relevant = judged.Values.Count(g => g > 0);
                return relevant == 0 ? 0 : ranked.Count(h => Gain(judged, h.DocId) > 0) / (double)relevant;
        }
    }

    private static int Gain(IReadOnlyDictionary<string, int> judged, string doc) =>
        judged.TryGetValue(doc, out int g) && g > 0 ? g : 0;
}
