using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Interpolated precision: iprec_at_recall, 11pt_avg and Rprec_mult, with trec_eval's +0.9 cutoff rounding.</summary>
internal static class InterpolatedMeasures
{
    public static string? IprecAtRecall(RankedQuery q, BoundParams p, Span<double> v)
    {
        var values = Interpolate(q, p.FloatCutoffs);
        values.CopyTo(v);
        return null;
    }

    public static string? ElevenPointAverage(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (p.Floats.Length == 0)
        {
            throw new FormatException("11pt_avg: no cutoff values");
        }

        // trec_eval sums in the order the cutoffs are met: from the highest recall point down.
        var values = Interpolate(q, p.Floats);
        double sum = 0;
        for (int c = values.Length - 1; c >= 0; c--)
        {
            sum += values[c];
        }

        v[0] = sum / p.Floats.Length;
        return null;
    }

    public static string? RprecMult(RankedQuery q, BoundParams p, Span<double> v)
    {
        var percents = p.FloatCutoffs;
        var cutoffs = new long[percents.Length];
        for (int i = 0; i < percents.Length; i++)
        {
            cutoffs[i] = (long)((percents[i] * q.NumRel) + 0.9);
        }

        int cut = percents.Length - 1;
        while (cut >= 0 && cutoffs[cut] > q.NumRet)
        {
            v[cut] = q.NumRelRet / (double)cutoffs[cut];
            cut--;
        }

        long relSoFar = q.NumRelRet;
        for (long i = q.NumRet; i > 0 && relSoFar > 0; i--)
        {
            double precis = relSoFar / (double)i;
            while (cut >= 0 && i == cutoffs[cut])
            {
                v[cut] = precis;
                cut--;
            }

            if (q.IsRel((int)i - 1))
            {
                relSoFar--;
            }
        }

        return null;
    }

    /// <summary>Interpolated precision at each recall fraction, in the given (ascending) order.</summary>
    private static double[] Interpolate(RankedQuery q, double[] percents)
    {
        var values = new double[percents.Length];
        var cutoffs = new long[percents.Length];
        for (int i = 0; i < percents.Length; i++)
        {
            cutoffs[i] = (long)((percents[i] * q.NumRel) + 0.9);
        }

        int cut = percents.Length - 1;
        while (cut >= 0 && cutoffs[cut] > q.NumRelRet)
        {
            cut--;
        }

        double precis = q.NumRelRet / (double)q.NumRet;
        double intPrecis = precis;
        long relSoFar = q.NumRelRet;
        for (long i = q.NumRet; i > 0 && relSoFar > 0; i--)
        {
            precis = relSoFar / (double)i;
            if (intPrecis < precis)
            {
                intPrecis = precis;
            }

            if (q.IsRel((int)i - 1))
            {
                while (cut >= 0 && relSoFar == cutoffs[cut])
                {
                    values[cut] = intPrecis;
                    cut--;
                }

                relSoFar--;
            }
        }

        while (cut >= 0)
        {
            values[cut] = intPrecis;
            cut--;
        }

        return values;
    }
}
