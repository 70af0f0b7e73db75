using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>Measures of the retrieved set as a whole: set_P, set_relative_P, set_recall, set_map, set_F, utility.</summary>
internal static class SetMeasures
{
    public static string? SetP(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (q.NumRet != 0)
        {
            v[0] = q.NumRelRet / (double)q.NumRet;
        }

        return null;
    }

    public static string? SetRelativeP(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (q.NumRet != 0 && q.NumRel != 0)
        {
            v[0] = q.NumRelRet / (double)Math.Min(q.NumRet, q.NumRel);
        }

        return null;
    }

    public static string? SetRecall(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (q.NumRel != 0)
        {
            v[0] = q.NumRelRet / (double)q.NumRel;
        }

        return null;
    }

    public static string? SetMap(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (q.NumRet != 0 && q.NumRel != 0)
        {
            v[0] = (q.NumRelRet * (double)q.NumRelRet) / (q.NumRet * (double)q.NumRel);
        }

        return null;
    }

    public static string? SetF(RankedQuery q, BoundParams p, Span<double> v)
    {
        if (q.NumRelRet != 0)
        {
            double precision = q.NumRelRet / (double)q.NumRet;
            double recall = q.NumRelRet / (double)q.NumRel;
            double x = p.Floats[0];
            v[0] = (x + 1.0) * precision * recall / ((x * precision) + recall);
        }

        return null;
    }

    public static string? Utility(RankedQuery q, BoundParams p, Span<double> v)
    {
        var c = p.Floats;
        if (c.Length != 4)
        {
            throw new FormatException("utility: needs exactly 4 coefficients (e.g. utility.2,-1,0,0)");
        }

        v[0] = (c[0] * q.NumRelRet) +
            (c[1] * (q.NumRet - q.NumRelRet)) +
            (c[2] * (q.NumRel - q.NumRelRet)) +
            (c[3] * (q.DocsInCollection + q.NumRelRet - q.NumRet - q.NumRel));
        return null;
    }
}
