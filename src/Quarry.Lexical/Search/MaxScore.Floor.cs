namespace Quarry.Lexical.Search;

/// <summary>
/// A floor for large k, estimated from a sample. With k in the hundreds or more, the queue's threshold stays low for
/// much of a search: the k-th best of the documents seen so far is far below the final one, so early windows are scored
/// nearly in full and thousands of documents pass through the heap. The best documents of every s-th window are found
/// first (a small top-m search), and the m-th best score of the sample becomes the floor, with m set at twice the k/s
/// documents of the final top k that the sample holds on average: at least k documents then reach the floor unless the
/// sample is far from typical. The floor is verified, not trusted: a search whose queue does not fill is repeated
/// without it, so results are exact in every case.
/// </summary>
internal static partial class MaxScore
{
    private static float? SampledFloor(FloorSampling sampling, WindowPlan plan, PostingCursor[] sorted, Span<float> bound, Span<double> prefix, TopKQueue queue, WindowScratch scratch)
    {
        int stride = sampling.Stride(queue.Capacity);
        int windows = plan.LastWindow - plan.FirstWindow + 1;
        if (stride == 0 || windows < sampling.MinimumSampledWindows * stride)
        {
            return null;
        }

        int m = (int)Math.Ceiling(sampling.Margin * queue.Capacity / stride);
        var sample = queue.WithCapacity(m);
        for (int w = plan.FirstWindow + (stride / 2); w <= plan.LastWindow; w += stride)
        {
            if (sample.CouldEnter(plan.WindowBound(w)))
            {
                ScoreWindow(w, plan, sorted, bound, prefix, sample, scratch);
            }
        }

        Rewind(sorted);
        return sample.IsFull ? sample.Threshold : null;
    }
}

/// <summary>What became of a search's sampled floor.</summary>
internal enum FloorOutcome
{
    /// <summary>k too small or too few windows: no floor was tried.</summary>
    NotSampled,

    /// <summary>At least k documents reached the floor: the search ran once, with it.</summary>
    Held,

    /// <summary>Fewer than k documents reached the floor: the search ran again without it.</summary>
    Dropped,
}

/// <summary>
/// When and how <see cref="MaxScore"/> samples windows for a floor. The defaults were measured on 8.8M passages with
/// the 6,980 dev queries: at k=1000 a stride of 64 and a margin of 2 (the 32nd best of the sample) gave the most
/// queries/s, and no query had to search again; k=100 was slower with a sample at any stride.
/// </summary>
/// <param name="SampledTopDocuments">Documents of the final top k that a sample should hold on average (k / stride).</param>
/// <param name="MinimumStride">The smallest stride worth its sample pass; a smaller k is not sampled.</param>
/// <param name="MaximumStride">The largest stride.</param>
/// <param name="Margin">The floor is the (Margin × k / stride)-th best score of the sample.</param>
/// <param name="MinimumSampledWindows">Fewer sampled windows than this are not a sample.</param>
internal readonly record struct FloorSampling(int SampledTopDocuments, int MinimumStride, int MaximumStride, double Margin, int MinimumSampledWindows)
{
    public static FloorSampling Default { get; } = new(12, 32, 64, 2.0, 8);

    /// <summary>The sampling stride for a top <paramref name="k"/>: a power of two, or 0 where k is too small to sample.</summary>
    public int Stride(int k)
    {
        int stride = MaximumStride;
        while (stride >= MinimumStride && k / stride < SampledTopDocuments)
        {
            stride /= 2;
        }

        return stride >= MinimumStride ? stride : 0;
    }
}
