using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Graded measures without a gain table: ndcg_cut (raw grades, at cutoffs) and binG.</summary>
internal static partial class GainMeasures
{
    public static string? BinG(RankedQuery q, BoundParams p, Span<double> v)
    {
        double sum = 0;
        long relSoFar = 0;
        for (int i = 0; i < q.NumRet; i++)
        {
            if (q.IsRel(i))
            {
                relSoFar++;
                sum += 1.0 / Math.Log2(3 + i - relSoFar);
            }
        }

        if (relSoFar != 0)
        {
            v[0] = sum / q.NumRel;
        }

        return null;
    }

    /// <summary>ndcg_cut.k: raw grades as gains (the relevance level plays no part), ideal from every judged grade above 0.</summary>
    public static string? NdcgCut(RankedQuery q, BoundParams p, Span<double> v)
    {
        var cutoffs = p.Cutoffs;
        int c = 0;
        double sum = 0;
        for (int i = 0; i < q.NumRet; i++)
        {
            if (i == cutoffs[c])
            {
                v[c] = sum;
                if (++c == cutoffs.Length)
                {
                    break;
                }
            }

            double gain = q.Rels[i];
            if (gain > 0)
            {
                sum += gain / Math.Log2(i + 2);
            }
        }

        for (; c < cutoffs.Length; c++)
        {
            v[c] = sum;
        }

        c = 0;
        int level = q.NumRelLevels - 1;
        long count = 0;
        double idealDcg = 0;
        for (int i = 0; ; i++)
        {
            count++;
            while (level > 0 && count > q.RelLevels[level])
            {
                level--;
                count = 1;
            }

            if (level <= 0)
            {
                break;
            }

            if (i == cutoffs[c])
            {
                if (idealDcg > 0.0)
                {
                    v[c] /= idealDcg;
                }

                if (++c == cutoffs.Length)
                {
                    break;
                }
            }

            idealDcg += level / Math.Log2(i + 2);
        }

        for (; c < cutoffs.Length; c++)
        {
            if (idealDcg > 0.0)
            {
                v[c] /= idealDcg;
            }
        }

        return null;
    }
}
