namespace Quarry.Lexical.Search;

/// <summary>
/// MaxScore (Turtle and Flood) scored in bulk over fixed, aligned document windows. Every list is first bounded per
/// window (block entries, or exact scores where a block is sparse); the windows with the highest bounds are scored first
/// (or, at large k, a floor is estimated from a sample of windows: MaxScore.Floor.cs), so the queue's threshold is high
/// before the rest are visited in document order, and a window whose bounds cannot reach it is skipped outright. In a scored window the low lists whose bounds together cannot reach the threshold are
/// "non-essential"; the essential lists add their scores term-at-a-time into a window accumulator, then each touched
/// document is completed by probing the non-essential lists, highest bound first, only while it can still enter.
/// </summary>
internal static partial class MaxScore
{
    /// <summary>Documents per window: a power of two; wider windows measured faster (less work per window) up to 2^13.</summary>
    internal const int WindowSize = 1 << WindowBits;

    private const int WindowBits = 13;

    // A bulk pass costs about a posting's decoding and one addition; a probe costs a seek and mispredicted branches.
    private const int ScanFactor = 2;

    /// <summary>Fills <paramref name="queue"/> with the top k of the lists; <paramref name="sampling"/> says when a floor is estimated first.</summary>
    public static FloorOutcome Run(PostingCursor[] cursors, TopKQueue queue, FloorSampling sampling)
    {
        int first = PostingCursor.NoMoreDocs;
        int last = -1;
        foreach (var c in cursors)
        {
            first = Math.Min(first, c.Doc);
            last = Math.Max(last, c.LastDoc);
        }

        if (first == PostingCursor.NoMoreDocs)
        {
            return FloorOutcome.NotSampled;
        }

        var scratch = WindowScratch.Take();
        var plan = Plan(cursors, first >> WindowBits, last >> WindowBits, scratch);
        var sorted = (PostingCursor[])cursors.Clone();
        Span<float> bound = stackalloc float[cursors.Length];
        Span<double> prefix = stackalloc double[cursors.Length + 1];

        // With a floor estimated from a sample, every window in document order; should fewer than k documents reach
        // the floor, the search starts again without it.
        var outcome = FloorOutcome.NotSampled;
        if (SampledFloor(sampling, plan, sorted, bound, prefix, queue, scratch) is float floor)
        {
            queue.Floor = floor;
            for (int w = plan.FirstWindow; w <= plan.LastWindow; w++)
            {
                if (queue.CouldEnter(plan.WindowBound(w)))
                {
                    ScoreWindow(w, plan, sorted, bound, prefix, queue, scratch);
                }
            }

            if (queue.IsFull)
            {
                WindowScratch.Return(scratch);
                return FloorOutcome.Held;
            }

            outcome = FloorOutcome.Dropped;
            queue.Clear();
            Rewind(cursors);
        }

        // The primed windows in document order (the cursors only move forward), then a rewind and the rest.
        foreach (int w in plan.Primed)
        {
            ScoreWindow(w, plan, sorted, bound, prefix, queue, scratch);
        }

        Rewind(cursors);
        int primed = 0;
        for (int w = plan.FirstWindow; w <= plan.LastWindow; w++)
        {
            if (primed < plan.Primed.Length && plan.Primed[primed] == w)
            {
                primed++;
                continue;
            }

            if (queue.CouldEnter(plan.WindowBound(w)))
            {
                ScoreWindow(w, plan, sorted, bound, prefix, queue, scratch);
            }
        }

        WindowScratch.Return(scratch);
        return outcome;
    }

    private static void Rewind(PostingCursor[] cursors)
    {
        foreach (var c in cursors)
        {
            c.Rewind();
        }
    }

    private static void ScoreWindow(int window, WindowPlan plan, PostingCursor[] sorted, Span<float> bound, Span<double> prefix, TopKQueue queue, WindowScratch scratch)
    {
        int n = sorted.Length;
        for (int i = 0; i < n; i++)
        {
            bound[i] = plan.ListBound(sorted[i].Slot, window);
        }

        SortByBound(sorted, bound);
        prefix[0] = 0;
        for (int i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + bound[i];
        }

        // sorted[0..essential) are non-essential in this window: together they cannot lift a document into the queue.
        int essential = 0;
        while (essential < n && !queue.CouldEnter((float)prefix[essential + 1]))
        {
            essential++;
        }

        if (essential == n)
        {
            return;
        }

        int from = window << WindowBits;
        int to = (int)Math.Min((long)from + WindowSize, int.MaxValue);
        unsafe
        {
            for (int i = essential; i < n; i++)
            {
                sorted[i].Accumulate(from, to, scratch.Accumulator, scratch.Touched);
            }

            // A non-essential list with few documents here next to the touched ones is added in bulk (to the touched
            // documents only); the others are probed per candidate, and only while the candidate can still enter.
            int touched = essential == 0 ? 0 : scratch.CountTouched();

            int probed = 0;
            var probes = scratch.Probes(n);
            for (int i = 0; i < essential; i++)
            {
                var c = sorted[i];
                if (c.EstimateInWindow(from, to) <= ScanFactor * touched)
                {
                    c.AccumulateMarked(from, to, scratch.Accumulator, scratch.Touched);
                }
                else
                {
                    probes[probed] = c;
                    prefix[probed + 1] = prefix[probed] + bound[i];
                    probed++;
                }
            }

            if (probed == 0)
            {
                OfferAll(queue, from, scratch);
                return;
            }

            // One branch-free drop after the bulk additions (most touched documents lack the lists added): what the
            // bounds of the lists left to probe cannot lift is unmarked before the per-candidate loop.
            if (Prune(queue, prefix[probed], scratch) > 0)
            {
                Collect(probes, probed, prefix, queue, from, scratch);
            }
        }
    }

    private static void SortByBound(PostingCursor[] cursors, Span<float> bound)
    {
        // Insertion sort: queries are short and the order changes little from one window to the next.
        for (int i = 1; i < cursors.Length; i++)
        {
            var c = cursors[i];
            float b = bound[i];
            int j = i - 1;
            while (j >= 0 && bound[j] > b)
            {
                cursors[j + 1] = cursors[j];
                bound[j + 1] = bound[j];
                j--;
            }

            cursors[j + 1] = c;
            bound[j + 1] = b;
        }
    }
}
