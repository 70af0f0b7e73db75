using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Graded measures over the whole ranking with a gain table: ndcg, ndcg_rel, Rndcg, G.</summary>
internal static partial class GainMeasures
{
    public static string? Ndcg(RankedQuery q, BoundParams p, Span<double> v)
    {
        var gains = Gains.Setup(q, p);
        var ideal = new IdealWalk(gains);
        double resultsDcg = 0, idealDcg = 0;
        int i;
        for (i = 0; i < q.NumRet && ideal.Gain > 0.0; i++)
        {
            double g = gains.Of(q.Rels[i]);
            if (g != 0)
            {
                resultsDcg += g / Math.Log2(i + 2);
            }

            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }
        }

        for (; i < q.NumRet; i++)
        {
            double g = gains.Of(q.Rels[i]);
            if (g != 0)
            {
                resultsDcg += g / Math.Log2(i + 2);
            }
        }

        for (; ideal.Gain > 0.0; i++)
        {
            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }
        }

        if (idealDcg > 0.0)
        {
            v[0] = resultsDcg / idealDcg;
        }

        return null;
    }

    public static string? NdcgRel(RankedQuery q, BoundParams p, Span<double> v)
    {
        var gains = Gains.Setup(q, p);
        var ideal = new IdealWalk(gains);
        double resultsDcg = 0, idealDcg = 0, sum = 0;
        long numRelRet = 0, numRel = 0;
        int i;
        for (i = 0; i < q.NumRet && ideal.Gain > 0.0; i++)
        {
            double g = gains.Of(q.Rels[i]);
            if (g != 0)
            {
                resultsDcg += g / Math.Log2(i + 2);
            }

            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                numRel++;
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }

            if (g > 0)
            {
                sum += resultsDcg / idealDcg;
                numRelRet++;
            }
        }

        for (; i < q.NumRet; i++)
        {
            double g = gains.Of(q.Rels[i]);
            if (g != 0)
            {
                resultsDcg += g / Math.Log2(i + 2);
            }

            if (g > 0)
            {
                sum += resultsDcg / idealDcg;
                numRelRet++;
            }
        }

        for (; ideal.Gain > 0.0; i++)
        {
            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                numRel++;
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }
        }

        sum += (numRel - numRelRet) * resultsDcg / idealDcg;
        if (sum > 0.0)
        {
            v[0] = sum / numRel;
        }

        return null;
    }

    public static string? Rndcg(RankedQuery q, BoundParams p, Span<double> v)
    {
        var gains = Gains.Setup(q, p);
        if (q.NumRel == 0)
        {
            return null;
        }

        var ideal = new IdealWalk(gains);
        double resultsDcg = 0, idealDcg = 0, sum = 0;
        double oldIdealGain = ideal.Gain;
        long changes = 0;
        int i;
        for (i = 0; i < q.NumRet && ideal.Gain > 0.0; i++)
        {
            double g = gains.Of(q.Rels[i]);
            ideal.Step();
            if (oldIdealGain != ideal.Gain)
            {
                if (idealDcg > 0.0)
                {
                    sum += resultsDcg / idealDcg;
                    changes++;
                }

                oldIdealGain = ideal.Gain;
            }

            if (g != 0)
            {
                resultsDcg += g / Math.Log2(i + 2);
            }

            if (ideal.Gain > 0.0)
            {
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }
        }

        if (i < q.NumRet)
        {
            for (; i < q.NumRet; i++)
            {
                double g = gains.Of(q.Rels[i]);
                if (g != 0)
                {
                    resultsDcg += g / Math.Log2(i + 2);
                }
            }

            if (idealDcg > 0.0)
            {
                sum += resultsDcg / idealDcg;
                changes++;
            }
        }

        for (; ideal.Gain > 0.0; i++)
        {
            ideal.Step();
            if (oldIdealGain != ideal.Gain)
            {
                if (idealDcg > 0.0)
                {
                    sum += resultsDcg / idealDcg;
                    changes++;
                }

                oldIdealGain = ideal.Gain;
            }

            if (ideal.Gain > 0.0)
            {
                idealDcg += ideal.Gain / Math.Log2(i + 2);
            }
        }

        v[0] = sum / changes;
        return null;
    }

    public static string? G(RankedQuery q, BoundParams p, Span<double> v)
    {
        const double minCost = 1.0;
        var gains = Gains.Setup(q, p);
        var ideal = new IdealWalk(gains);
        double sumResults = 0, sumIdeal = 0, sumCost = 0, resultsG = 0;
        int i;
        for (i = 0; i < q.NumRet && ideal.Gain > 0.0; i++)
        {
            double g = gains.Of(q.Rels[i]);
            sumResults += g;
            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                sumIdeal += ideal.Gain;
            }

            sumCost += ideal.Gain >= minCost ? ideal.Gain : minCost;
            if (g != 0)
            {
                resultsG += g / Math.Log2(2 + sumCost - sumResults);
            }
        }

        for (; i < q.NumRet; i++)
        {
            double g = gains.Of(q.Rels[i]);
            sumResults += g;
            sumCost += minCost;
            if (g != 0)
            {
                resultsG += g / Math.Log2(2 + sumCost - sumResults);
            }
        }

        while (ideal.Gain > 0.0)
        {
            ideal.Step();
            if (ideal.Gain > 0.0)
            {
                sumIdeal += ideal.Gain;
            }
        }

        if (sumIdeal > 0.0)
        {
            v[0] = resultsG / sumIdeal;
        }

        return null;
    }

    /// <summary>Walks the ideal ranking: the highest gain first, each as many times as documents were judged with it.</summary>
    private sealed class IdealWalk
    {
        private readonly Gains _gains;
        private int _level;
        private long _atLevel;

        public IdealWalk(Gains gains)
        {
            _gains = gains;
            _level = gains.Length - 1;
            Gain = _level >= 0 ? gains.GainAt(_level) : 0.0;
        }

        public double Gain { get; private set; }

        public void Step()
        {
            _atLevel++;
            while (_level >= 0 && _atLevel > _gains.CountAt(_level))
            {
                _atLevel = 1;
                _level--;
                Gain = _level >= 0 ? _gains.GainAt(_level) : 0.0;
            }
        }
    }
}
