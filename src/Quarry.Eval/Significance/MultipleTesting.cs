namespace Quarry.Eval.Significance;

/// <summary>Corrections for testing several hypotheses at once.</summary>
public enum Correction
{
    /// <summary>No correction: adjusted p = p.</summary>
    None,

    /// <summary>Bonferroni: p · m, capped at 1 (controls the family-wise error rate).</summary>
    Bonferroni,

    /// <summary>Holm's step-down: uniformly more powerful than Bonferroni, same guarantee.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg step-up (controls the false discovery rate).</summary>
    BenjaminiHochberg,
}

/// <summary>Adjusted p-values for a family of tests; compare each adjusted p with alpha.</summary>
public static class MultipleTesting
{
    /// <summary>The adjusted p-values, in the order of <paramref name="p"/>. NaN entries stay NaN and do not count in m.</summary>
    public static double[] Adjust(ReadOnlySpan<double> p, Correction correction)
    {
        var adjusted = p.ToArray();
        var values = p.ToArray();
        int[] order = [.. Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i]))];
        int m = order.Length;
        if (m == 0 || correction == Correction.None)
        {
            return adjusted;
        }

        // Stable sort by p, so equal p-values keep their input order.
        order = [.. order.OrderBy(i => values[i])];
        switch (correction)
        {
            case Correction.Bonferroni:
                foreach (int i in order)
                {
                    adjusted[i] = Math.Min(1, values[i] * m);
                }

                break;
            case Correction.Holm:
                double running = 0;
                for (int k = 0; k < m; k++)
                {
                    running = Math.Max(running, Math.Min(1, (m - k) * values[order[k]]));
                    adjusted[order[k]] = running;
                }

                break;
            case Correction.BenjaminiHochberg:
                double minimum = 1;
                for (int k = m - 1; k >= 0; k--)
                {
                    minimum = Math.Min(minimum, values[order[k]] * m / (k + 1));
                    adjusted[order[k]] = minimum;
                }

                break;
        }

        return adjusted;
    }

    /// <summary>The name users type (none, bonferroni, holm, bh).</summary>
    public static string Name(Correction correction) => correction switch
    {
        Correction.None => "none",
        Correction.Bonferroni => "bonferroni",
        Correction.Holm => "holm",
        Correction.BenjaminiHochberg => "bh",
        _ => correction.ToString(),
    };

    /// <summary>Parses a correction name; null when unknown.</summary>
    public static Correction? Parse(string name) => name.ToLowerInvariant() switch
    {
        "none" => Correction.None,
        "bonferroni" => Correction.Bonferroni,
        "holm" => Correction.Holm,
        "bh" or "fdr" or "benjamini-hochberg" => Correction.BenjaminiHochberg,
        _ => null,
    };
}
