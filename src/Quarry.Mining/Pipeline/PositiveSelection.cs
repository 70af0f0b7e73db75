using System.Globalization;
using Quarry.Mining.Labels;
using Quarry.Mining.Passages;

namespace Quarry.Mining.Pipeline;

/// <summary>
/// Orders a query's labelled positives deterministically (highest grade, then those whose text is available,
/// then smallest id: numerically for decimal ids, else ordinally) and keeps the first N, which is how
/// <c>--positives-per-query 1</c> simulates MS MARCO's one label per query on densely judged topics.
/// </summary>
public static class PositiveSelection
{
    public static List<MinedPassage> Select(IReadOnlyList<Judgment> labels, IPassageStore passages, int keep)
    {
        var rows = new List<(Judgment J, string? Text)>(labels.Count);
        foreach (var j in labels)
        {
            rows.Add((j, passages.TryGet(j.DocId, out var text) ? text : null));
        }

        rows.Sort((a, b) =>
        {
            int c = b.J.Grade.CompareTo(a.J.Grade);
            if (c != 0)
            {
                return c;
            }

            c = (b.Text is not null).CompareTo(a.Text is not null);
            return c != 0 ? c : CompareIds(a.J.DocId, b.J.DocId);
        });
        int n = keep > 0 ? Math.Min(keep, rows.Count) : rows.Count;
        var kept = new List<MinedPassage>(n);
        for (int i = 0; i < n; i++)
        {
            kept.Add(new MinedPassage(rows[i].J.DocId, rows[i].Text));
        }

        return kept;
    }

    /// <summary>Numeric order for decimal ids (so "9" precedes "10"), ordinal otherwise.</summary>
    public static int CompareIds(string a, string b)
    {
        bool na = long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out long x);
        bool nb = long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out long y);
        if (na && nb)
        {
            int c = x.CompareTo(y);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        }

        return string.CompareOrdinal(a, b);
    }
}
