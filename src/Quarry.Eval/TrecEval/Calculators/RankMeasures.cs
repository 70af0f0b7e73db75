using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Measures over the binary relevance of the ranking: map, gm_map, Rprec, recip_rank and the cutoff families.</summary>
internal static class RankMeasures
{
    private const double MinGeoMean = 0.00001;

    public static string? Map(RankedQuery q, BoundParams p, Span<double> v)
    {
        double sum = AveragePrecisionSum(q, out long relSoFar);
        if (relSoFar != 0)
        {
            v[0] = sum / q.NumRel;
        }

        return null;
    }

    public static string? GmMap(RankedQuery q, BoundParams p, Span<double> v)
    {
        double sum = AveragePrecisionSum(q, out long relSoFar);
        if (relSoFar != 0)
        {
            sum /= q.NumRel;
        }

        v[0] = Math.Log(Math.Max(sum, MinGeoMean));
        return null;
    }

    public static string? Rprec(RankedQuery q, BoundParams p, Span<double> v)
    {
        int look = Math.Min(q.NumRet, q.NumRel);
        if (look == 0)
        {
            return null;
        }

        long rel = 0;
        for (int i = 0; i < look; i++)
        {
            if (q.IsRel(i))
            {
                rel++;
            }
        }

        v[0] = rel / (double)q.NumRel;
        return null;
    }

    public static string? RecipRank(RankedQuery q, BoundParams p, Span<double> v)
    {
        for (int i = 0; i < q.NumRet; i++)
        {
            if (q.IsRel(i))
            {
                v[0] = 1.0 / (i + 1);
                break;
            }
        }

        return null;
    }

    public static string? P(RankedQuery q, BoundParams p, Span<double> v) =>
        AtCutoffs(q, p.Cutoffs, v, (rel, i, _) => rel / (double)i);

    public static string? Recall(RankedQuery q, BoundParams p, Span<double> v) =>
        q.NumRel == 0 ? null : AtCutoffs(q, p.Cutoffs, v, (rel, _, _) => rel / (double)q.NumRel);

    public static string? RelativeP(RankedQuery q, BoundParams p, Span<double> v) =>
        q.NumRel == 0 ? null : AtCutoffs(q, p.Cutoffs, v, (rel, i, _) => rel / (double)(i > q.NumRel ? q.NumRel : i));

    public static string? Success(RankedQuery q, BoundParams p, Span<double> v) =>
        AtCutoffs(q, p.Cutoffs, v, (rel, _, _) => rel != 0 ? 1.0 : 0.0);

    public static string? MapCut(RankedQuery q, BoundParams p, Span<double> v) =>
        q.NumRel == 0 ? null : AtCutoffs(q, p.Cutoffs, v, (_, _, apSum) => apSum / q.NumRel);

    /// <summary>Judged@k (not a trec_eval measure): the fraction of the top k that has any judgment; k counts even past the end of the ranking.</summary>
    public static string? Judged(RankedQuery q, BoundParams p, Span<double> v)
    {
        for (int c = 0; c < p.Cutoffs.Length; c++)
        {
            long k = p.Cutoffs[c];
            long judged = 0;
            for (int i = 0; i < q.NumRet && i < k; i++)
            {
                if (q.Rels[i] != RankedQuery.NonPool)
                {
                    judged++;
                }
            }

            v[c] = judged / (double)k;
        }

        return null;
    }

    private static double AveragePrecisionSum(RankedQuery q, out long relSoFar)
    {
        relSoFar = 0;
        double sum = 0;
        for (int i = 0; i < q.NumRet; i++)
        {
            if (q.IsRel(i))
            {
                relSoFar++;
                sum += relSoFar / (double)(i + 1);
            }
        }

        return sum;
    }

    /// <summary>
    /// trec_eval's cutoff loop: the value at cutoff k is taken from the first k documents; cutoffs past the end of the
    /// ranking see the whole ranking. <paramref name="value"/> gets (relevant so far, k, sum of precisions at relevant ranks).
    /// </summary>
    private static string? AtCutoffs(RankedQuery q, long[] cutoffs, Span<double> v, Func<long, long, double, double> value)
    {
        int c = 0;
        long rel = 0;
        double apSum = 0;
        for (int i = 0; i < q.NumRet; i++)
        {
            if (i == cutoffs[c])
            {
                v[c] = value(rel, i, apSum);
                if (++c == cutoffs.Length)
                {
                    return null;
                }
            }

            if (q.IsRel(i))
            {
                rel++;
                apSum += rel / (double)(i + 1);
            }
        }

        for (; c < cutoffs.Length; c++)
        {
            v[c] = value(rel, cutoffs[c], apSum);
        }

        return null;
    }
}
