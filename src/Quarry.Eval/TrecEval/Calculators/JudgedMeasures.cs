using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Measures that look only at judged documents: bpref, gm_bpref, infAP.</summary>
internal static class JudgedMeasures
{
    private const double MinGeoMean = 0.00001;
    private const double InfApEpsilon = 0.00001;

    public static string? Bpref(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = BprefValue(q);
        return null;
    }

    public static string? GmBpref(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = Math.Log(Math.Max(BprefValue(q), MinGeoMean));
        return null;
    }

    public static string? InfAp(RankedQuery q, BoundParams p, Span<double> v)
    {
        long nonrel = 0, rel = 0, unjudged = 0;
        double infAp = 0;
        for (int j = 0; j < q.NumRet; j++)
        {
            int r = q.Rels[j];
            if (r == RankedQuery.NonPool)
            {
                continue;
            }

            if (r == RankedQuery.Unjudged)
            {
                unjudged++;
                continue;
            }

            if (r >= 0 && r < q.RelevanceLevel)
            {
                nonrel++;
            }
            else
            {
                rel++;
                if (j == 0)
                {
                    infAp += 1.0;
                }
                else
                {
                    double fj = j;
                    infAp += (1.0 / (fj + 1.0)) +
                        ((fj / (fj + 1.0)) *
                        ((rel - 1 + nonrel + unjudged) / fj) *
                        ((rel - 1 + InfApEpsilon) / (rel - 1 + nonrel + (2 * InfApEpsilon))));
                }
            }
        }

        if (q.NumRel != 0)
        {
            infAp /= q.NumRel;
        }

        v[0] = infAp;
        return null;
    }

    private static double BprefValue(RankedQuery q)
    {
        long numNonrel = 0;
        for (int j = 0; j < q.RelevanceLevel && j < q.RelLevels.Length; j++)
        {
            numNonrel += q.RelLevels[j];
        }

        long nonrelSoFar = 0;
        double bpref = 0;
        for (int j = 0; j < q.NumRet; j++)
        {
            int r = q.Rels[j];
            if (r == RankedQuery.NonPool || r == RankedQuery.Unjudged)
            {
                continue;
            }

            if (r >= 0 && r < q.RelevanceLevel)
            {
                nonrelSoFar++;
            }
            else if (nonrelSoFar > 0)
            {
                bpref += 1.0 - (Math.Min(nonrelSoFar, q.NumRel) / (double)Math.Min(numNonrel, q.NumRel));
            }
            else
            {
                bpref += 1.0;
            }
        }

        if (q.NumRel != 0)
        {
            bpref /= q.NumRel;
        }

        return bpref;
    }
}
