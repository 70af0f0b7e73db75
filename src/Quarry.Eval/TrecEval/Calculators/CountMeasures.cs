using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>The counting measures: num_q, num_ret, num_rel, num_rel_ret, num_nonrel_judged_ret.</summary>
internal static class CountMeasures
{
    public static string? NumQ(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = 1;
        return null;
    }

    public static string? NumRet(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = q.NumRet;
        return null;
    }

    public static string? NumRel(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = q.NumRel;
        return null;
    }

    public static string? NumRelRet(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = q.NumRelRet;
        return null;
    }

    public static string? NumNonrelJudgedRet(RankedQuery q, BoundParams p, Span<double> v)
    {
        v[0] = q.NumRet - q.NumNonpool - q.NumUnjudged - q.NumRelRet;
        return null;
    }

    public static string? None(RankedQuery q, BoundParams p, Span<double> v) => null;

    /// <summary>The grades of the first N documents as one character each: 0-9, '>' above 9, '-' not judged, '.' negative grade.</summary>
    public static string? RelString(RankedQuery q, BoundParams p, Span<double> v)
    {
        long len = Math.Max(0, Math.Min((long)p.Floats[0], q.NumRet));
        var chars = new char[len];
        for (int i = 0; i < len; i++)
        {
            int rel = q.Rels[i];
            chars[i] = rel > 9 ? '>' : rel >= 0 ? (char)('0' + rel) : rel == RankedQuery.NonPool ? '-' : rel == RankedQuery.Unjudged ? '.' : '<';
        }

        return new string(chars);
    }
}
