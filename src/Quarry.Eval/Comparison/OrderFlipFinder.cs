namespace Quarry.Eval.Comparison;

/// <summary>
/// Finds pairs of systems that one qrels set orders one way and another set orders the other way. When sparse
/// labels (MS MARCO dev) and dense ones (TREC DL) disagree, the winner on sparse labels may be fitting their gaps.
/// </summary>
public static class OrderFlipFinder
{
    /// <summary>The first disagreement for each pair of systems (sets, then measures, in the order given); pairs that agree everywhere are absent.</summary>
    public static IReadOnlyList<OrderFlip> Find(IReadOnlyList<string> systems, IReadOnlyList<QrelsComparison> sets)
    {
        var flips = new List<OrderFlip>();
        for (int a = 0; a < systems.Count; a++)
        {
            for (int b = a + 1; b < systems.Count; b++)
            {
                var flip = FirstFlip(systems[a], systems[b], sets);
                if (flip is not null)
                {
                    flips.Add(flip);
                }
            }
        }

        return flips;
    }

    private static OrderFlip? FirstFlip(string a, string b, IReadOnlyList<QrelsComparison> sets)
    {
        var sides = new List<(int Set, FlipSide Side, int Sign)>();
        for (int s = 0; s < sets.Count; s++)
        {
            foreach (var table in sets[s].Measures)
            {
                double meanA = MeanOf(table, a);
                double meanB = MeanOf(table, b);
                int sign = Math.Sign(meanA - meanB);
                if (sign != 0)
                {
                    sides.Add((s, new FlipSide(sets[s].Name, table.Measure, meanA, meanB, Tested(table, a, b)), sign));
                }
            }
        }

        foreach (var first in sides)
        {
            foreach (var second in sides)
            {
                if (second.Set > first.Set && second.Sign != first.Sign)
                {
                    return new OrderFlip(a, b, first.Side, second.Side);
                }
            }
        }

        return null;
    }

    // Only differences with the baseline are tested; for a pair of two runs there is no p-value to report.
    private static bool? Tested(MeasureComparison table, string a, string b)
    {
        foreach (var row in table.Rows)
        {
            if ((row.Run == a || row.Run == b) && !table.Rows.Any(r => r.Run == (row.Run == a ? b : a)))
            {
                return row.Significant;
            }
        }

        return null;
    }

    private static double MeanOf(MeasureComparison table, string system)
    {
        foreach (var row in table.Rows)
        {
            if (row.Run == system)
            {
                return row.Mean;
            }
        }

        return table.BaselineMean;
    }
}
