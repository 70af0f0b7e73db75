using System.Runtime.CompilerServices;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Merges a term's postings from several parts into document order before they are encoded. Parts take batches of
/// documents in turn, so a frequent term's postings alternate between parts in long stretches.
/// </summary>
internal static class EncodeMerge
{
    /// <summary>Merges the sorted runs [0, split) and [split, end) of the span pair in place, through a scratch copy of the second run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Runs(Span<int> docs, Span<int> tfs, int split, ref int[] runDocs, ref int[] runTfs)
    {
        int second = docs.Length - split;
        if (docs[split - 1] < docs[split])
        {
            return;
        }

        if (runDocs.Length < second)
        {
            runDocs = new int[second];
            runTfs = new int[runDocs.Length];
        }

        docs[split..].CopyTo(runDocs);
        tfs[split..].CopyTo(runTfs);

        // Fill from the back, a stretch at a time: parts interleave batch by batch, so a frequent term's postings come
        // in long stretches from one run, found by galloping and moved with one copy. The larger tail goes last, so
        // nothing unread is overwritten.
        int i = split - 1;
        int j = second - 1;
        int k = docs.Length - 1;
        while (j >= 0)
        {
            int lo;
            if (i >= 0 && docs[i] > runDocs[j])
            {
                lo = FirstAbove(docs, i, runDocs[j]);
                int n = i - lo + 1;
                docs.Slice(lo, n).CopyTo(docs[(k - n + 1)..]);
                tfs.Slice(lo, n).CopyTo(tfs[(k - n + 1)..]);
                i = lo - 1;
                k -= n;
            }
            else
            {
                lo = i < 0 ? 0 : FirstAbove(runDocs, j, docs[i]);
                int n = j - lo + 1;
                runDocs.AsSpan(lo, n).CopyTo(docs[(k - n + 1)..]);
                runTfs.AsSpan(lo, n).CopyTo(tfs[(k - n + 1)..]);
                j = lo - 1;
                k -= n;
            }
        }
    }

    /// <summary>
    /// Where the stretch of <paramref name="values"/> (ascending) above <paramref name="pivot"/> that ends at
    /// <paramref name="last"/> begins; <paramref name="values"/>[<paramref name="last"/>] is above it. Steps double back
    /// from the end, then a binary search narrows the last step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstAbove(ReadOnlySpan<int> values, int last, int pivot)
    {
        int above = last;
        int notAbove = -1;
        for (int step = 1; ; step <<= 1)
        {
            int probe = above - step;
            if (probe < 0)
            {
                break;
            }

            if (values[probe] <= pivot)
            {
                notAbove = probe;
                break;
            }

            above = probe;
        }

        int low = notAbove + 1;
        while (low < above)
        {
            int mid = (int)(((uint)low + (uint)above) >> 1);
            if (values[mid] > pivot)
            {
                above = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return above;
    }
}
