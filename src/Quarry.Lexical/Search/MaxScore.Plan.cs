namespace Quarry.Lexical.Search;

/// <summary>The per-window bounds of a query's lists, and which windows <see cref="MaxScore"/> scores first.</summary>
internal static partial class MaxScore
{
    /// <summary>Windows scored before the others, chosen by the highest bound (at most; fewer for short ranges).</summary>
    private const int PrimedWindows = 8;

    private static WindowPlan Plan(PostingCursor[] cursors, int firstWindow, int lastWindow, WindowScratch scratch)
    {
        int windows = lastWindow - firstWindow + 1;
        var bounds = scratch.Bounds(cursors.Length * windows);
        for (int i = 0; i < cursors.Length; i++)
        {
            cursors[i].Slot = i;
            cursors[i].FillWindowBounds(bounds.Slice(i * windows, windows), firstWindow, WindowBits);
        }

        // A window's bound is the float of the double sum, as a document's score is: it rounds no lower than any score.
        var total = scratch.Totals(windows);
        for (int w = 0; w < windows; w++)
        {
            double sum = 0;
            for (int i = 0; i < cursors.Length; i++)
            {
                sum += bounds[(i * windows) + w];
            }

            total[w] = (float)sum;
        }

        return new WindowPlan(bounds, total, firstWindow, lastWindow, TopWindows(total, firstWindow, Math.Min(PrimedWindows, windows / 4)));
    }

    /// <summary>The <paramref name="count"/> windows with the highest bounds, in window order.</summary>
    private static int[] TopWindows(ReadOnlySpan<float> total, int firstWindow, int count)
    {
        if (count == 0)
        {
            return [];
        }

        Span<int> best = stackalloc int[count];
        int kept = 0;
        for (int w = 0; w < total.Length; w++)
        {
            if (kept == count && total[w] <= total[best[kept - 1]])
            {
                continue;
            }

            // Insertion into the short list kept by bound descending.
            int j = kept < count ? kept++ : count - 1;
            while (j > 0 && total[best[j - 1]] < total[w])
            {
                best[j] = best[j - 1];
                j--;
            }

            best[j] = w;
        }

        var top = new int[kept];
        for (int i = 0; i < kept; i++)
        {
            top[i] = best[i] + firstWindow;
        }

        Array.Sort(top);
        return top;
    }
}

/// <summary>One query's window bounds: per list (row = the cursor's slot) and their sums per window.</summary>
internal readonly ref struct WindowPlan(Span<float> bounds, Span<float> totals, int firstWindow, int lastWindow, int[] primed)
{
    private readonly Span<float> _bounds = bounds;
    private readonly Span<float> _totals = totals;

    public int FirstWindow { get; } = firstWindow;

    public int LastWindow { get; } = lastWindow;

    /// <summary>The windows scored first, in window order.</summary>
    public int[] Primed { get; } = primed;

    public float ListBound(int slot, int window) => _bounds[(slot * (LastWindow - FirstWindow + 1)) + window - FirstWindow];

    public float WindowBound(int window) => _totals[window - FirstWindow];
}
