using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Encodes terms' postings (128-document blocks, see <see cref="BlockFormat"/>) and the <see cref="BlockMeta"/> entries
/// of the terms with more than one block into an <see cref="EncodedPostings"/>. One per thread: it holds block scratch.
/// </summary>
internal sealed class PostingsEncoder
{
    private readonly float[] _defaultCache;
    private readonly byte[] _norms;
    private readonly int[] _deltas = new int[BlockCodec.BlockSize];
    private readonly int[] _tfMinusOne = new int[BlockCodec.BlockSize];
    private readonly double[] _x = new double[BlockCodec.BlockSize];

    /// <summary>
    /// <paramref name="defaultCache"/>: the per-length-byte factors of the default BM25 parameters for this collection;
    /// <paramref name="norms"/>: every document's length byte (shared, read only).
    /// </summary>
    public PostingsEncoder(ReadOnlySpan<float> defaultCache, byte[] norms)
    {
        _defaultCache = defaultCache.ToArray();
        _norms = norms;
    }

    /// <summary>
    /// Appends one term's postings (documents ascending) to <paramref name="output"/>; returns where they start in its
    /// postings bytes and its first block entry (-1: a single block, no entries).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int PostingsOffset, int FirstBlock) Encode(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs, EncodedPostings output)
    {
        var postings = output.Postings;
        int start = postings.Length;
        bool entries = docs.Length > BlockCodec.BlockSize;
        int firstBlock = entries ? output.BlockEntryCount : -1;
        for (int from = 0; from < docs.Length; from += BlockCodec.BlockSize)
        {
            int n = Math.Min(BlockCodec.BlockSize, docs.Length - from);
            var blockDocs = docs.Slice(from, n);
            var blockTfs = tfs.Slice(from, n);
            Deltas(docs, tfs, from, _deltas.AsSpan(0, n), _tfMinusOne.AsSpan(0, n));
            int lastDoc = blockDocs[^1];

            if (entries)
            {
                var (maxTf, minNorm, maxImpact) = Bounds(blockDocs, blockTfs);
                BlockMeta.Write(output.Blocks.Reserve(BlockMeta.Size), lastDoc, postings.Length - start, maxTf, minNorm, maxImpact);
                output.Blocks.Advance(BlockMeta.Size);
                output.BlockEntryCount++;
            }

            BlockFormat.Write(postings, _deltas.AsSpan(0, n), _tfMinusOne.AsSpan(0, n));
            output.BlockCount++;
        }

        output.PostingCount += docs.Length;
        return (start, firstBlock);
    }

    /// <summary>
    /// The gaps between the documents from <paramref name="from"/> on (the document before the first of all is 0) and
    /// their tf - 1, as many as <paramref name="gaps"/> holds.
    /// </summary>
    private static void Deltas(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs, int from, Span<int> gaps, Span<int> tfMinusOne)
    {
        int n = gaps.Length;
        int i = 0;
        if (from == 0)
        {
            gaps[0] = docs[0];
            tfMinusOne[0] = tfs[0] - 1;
            i = 1;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            ref int doc = ref MemoryMarshal.GetReference(docs);
            ref int tf = ref MemoryMarshal.GetReference(tfs);
            ref int gap = ref MemoryMarshal.GetReference(gaps);
            ref int tfLess = ref MemoryMarshal.GetReference(tfMinusOne);
            for (; i <= n - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                // from + i >= 1 here, so the shifted load stays inside docs.
                var current = Vector256.LoadUnsafe(ref doc, (nuint)(from + i));
                var before = Vector256.LoadUnsafe(ref doc, (nuint)(from + i - 1));
                (current - before).StoreUnsafe(ref gap, (nuint)i);
                (Vector256.LoadUnsafe(ref tf, (nuint)(from + i)) - Vector256<int>.One).StoreUnsafe(ref tfLess, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            gaps[i] = docs[from + i] - docs[from + i - 1];
            tfMinusOne[i] = tfs[from + i] - 1;
        }
    }

    /// <summary>
    /// The block's largest tf, smallest length byte (the byte of its shortest length: the byte rises with the length)
    /// and largest default-parameter impact <c>x / (1 + x)</c>, <c>x = tf × cache</c>.
    /// </summary>
    /// <remarks>
    /// The impact rises with x, but its rounded value may not (1 + x is rounded first), so only the values whose x is
    /// within 2^-10 of the largest are divided: outside that margin the exact impacts differ by far more than the few
    /// roundings (for any x below 10^12; x is at most tf × 1.9), so they cannot hold the largest rounded impact.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int MaxTf, byte MinNorm, double MaxImpact) Bounds(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs)
    {
        int maxTf = 0;
        int minNorm = byte.MaxValue;
        double maxX = 0;
        byte[] norms = _norms;
        float[] cache = _defaultCache;
        var xs = _x.AsSpan(0, docs.Length);
        for (int i = 0; i < docs.Length; i++)
        {
            int norm = norms[docs[i]];
            maxTf = Math.Max(maxTf, tfs[i]);
            minNorm = Math.Min(minNorm, norm);
            double x = tfs[i] * (double)cache[norm];
            xs[i] = x;

            // Plain comparisons: x is positive and finite, so Math.Max's care for NaN and -0 is not needed.
            maxX = x > maxX ? x : maxX;
        }

        double margin = maxX / (1 + (1.0 / 1024));
        double maxImpact = 0;
        foreach (double x in xs)
        {
            if (x >= margin)
            {
                double impact = x / (1 + x);
                maxImpact = impact > maxImpact ? impact : maxImpact;
            }
        }

        return (maxTf, (byte)minNorm, maxImpact);
    }
}
