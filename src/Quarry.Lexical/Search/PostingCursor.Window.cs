using System.Runtime.Intrinsics;
using Quarry.Lexical.Index.Postings;

namespace Quarry.Lexical.Search;

/// <summary>
/// The term-at-a-time side of <see cref="PostingCursor"/> for window scorers: a list's bound over a document window from
/// block entries alone, and the bulk addition of a window's scores into an accumulator, a decoded block scored at once.
/// </summary>
public sealed unsafe partial class PostingCursor
{
    // Scores of the decoded block, computed once for the whole block (_scoredBlock) the first time a window needs them.
    private readonly float[] _blockScores = new float[BlockCodec.BlockSize];
    private readonly float[] _blockFactors = new float[BlockCodec.BlockSize];
    private int _scoredBlock = -1;

    // A block whose documents spread over at least this many window boundaries is scored exactly for window bounds.
    private const int SpanForExactBounds = 8;

    /// <summary>The list's last document, or -1 for an empty list.</summary>
    internal int LastDoc => _blockCount == 0 ? -1 : BlockLastDoc(_blockCount - 1);

    /// <summary>The row of this list in a window scorer's bound table.</summary>
    internal int Slot { get; set; }

    /// <summary>
    /// Raises <c>bounds[w - firstWindow]</c> to an upper bound of this list's scores in each window w (windows of
    /// 2^<paramref name="windowBits"/> documents) it has documents in. A block that spans several windows is decoded and
    /// its exact scores used, so a rare term bounds only the windows that hold it, and tightly; a denser block gives its
    /// block bound to the window or two it touches. Call on a fresh cursor; it is rewound afterwards.
    /// </summary>
    internal void FillWindowBounds(Span<float> bounds, int firstWindow, int windowBits)
    {
        int firstDoc = Doc;
        for (int b = 0; b < _blockCount; b++)
        {
            int lo = (b == 0 ? firstDoc : BlockLastDoc(b - 1) + 1) >> windowBits;
            int hi = BlockLastDoc(b) >> windowBits;
            if (hi - lo < SpanForExactBounds)
            {
                float bound = BlockBound(b);
                for (int w = lo; w <= hi; w++)
                {
                    ref float slot = ref bounds[w - firstWindow];
                    slot = Math.Max(slot, bound);
                }

                continue;
            }

            if (_block != b)
            {
                Decode(b);
            }

            if (_scoredBlock != b)
            {
                ScoreBlock();
            }

            for (int i = 0; i < _count; i++)
            {
                ref float slot = ref bounds[(_docs[i] >> windowBits) - firstWindow];
                slot = Math.Max(slot, _blockScores[i]);
            }
        }

        Rewind();
    }

    /// <summary>Puts the cursor back on the list's first document.</summary>
    internal void Rewind()
    {
        if (_blockCount == 0)
        {
            return;
        }

        if (_block != 0)
        {
            Decode(0);
        }

        _pos = 0;
        Doc = _docs[0];
    }

    /// <summary>
    /// Adds the scores of this list's documents in [<paramref name="start"/>, <paramref name="end"/>) to
    /// <c>acc[doc - start]</c>, marks them in the bitset <paramref name="bits"/>, and leaves the cursor on the first
    /// document at or after <paramref name="end"/>.
    /// </summary>
    internal void Accumulate(int start, int end, double* acc, ulong* bits)
    {
        Seek(start);
        while (Doc < end)
        {
            if (_scoredBlock != _block)
            {
                ScoreBlock();
            }

            int p = _pos;
            int count = _count;
            fixed (int* docs = _docs)
            fixed (float* scores = _blockScores)
            {
                // The bounds check per posting is needed only in the block that crosses the window's end.
                int stop = BlockLastDoc(_block) < end ? count : UpperBound(docs, p, count, end);
                for (; p < stop; p++)
                {
                    int d = docs[p] - start;
                    acc[d] += scores[p];
                    bits[d >> 6] |= 1UL << d;
                }
            }

            if (p < count)
            {
                _pos = p;
                Doc = _docs[p];
                return;
            }

            if (_block + 1 < _blockCount)
            {
                Decode(_block + 1);
                Doc = _docs[0];
            }
            else
            {
                _pos = count;
                Doc = NoMoreDocs;
            }
        }
    }

    /// <summary>
    /// Adds the scores of this list's documents in [<paramref name="start"/>, <paramref name="end"/>) to
    /// <c>acc[doc - start]</c> only where the bitset <paramref name="bits"/> already marks the document (a multiplication
    /// by 0 or 1, exact, instead of a branch the processor would mispredict), and leaves the cursor on the first document
    /// at or after <paramref name="end"/>.
    /// </summary>
    internal void AccumulateMarked(int start, int end, double* acc, ulong* bits)
    {
        Seek(start);
        while (Doc < end)
        {
            if (_scoredBlock != _block)
            {
                ScoreBlock();
            }

            int p = _pos;
            int count = _count;
            fixed (int* docs = _docs)
            fixed (float* scores = _blockScores)
            {
                int stop = BlockLastDoc(_block) < end ? count : UpperBound(docs, p, count, end);
                for (; p < stop; p++)
                {
                    int d = docs[p] - start;
                    acc[d] += scores[p] * (double)(long)((bits[d >> 6] >> d) & 1);
                }
            }

            if (p < count)
            {
                _pos = p;
                Doc = _docs[p];
                return;
            }

            if (_block + 1 < _blockCount)
            {
                Decode(_block + 1);
                Doc = _docs[0];
            }
            else
            {
                _pos = count;
                Doc = NoMoreDocs;
            }
        }
    }

    /// <summary>
    /// About how many of this list's documents fall in [<paramref name="start"/>, <paramref name="end"/>): the postings
    /// of the blocks that overlap it, from block entries alone (nothing is decoded and the cursor does not move).
    /// </summary>
    internal int EstimateInWindow(int start, int end)
    {
        if (Doc >= end)
        {
            return 0;
        }

        int b = Math.Max(_block, 0);
        while (b < _blockCount && BlockLastDoc(b) < start)
        {
            b++;
        }

        int estimate = 0;
        for (; b < _blockCount; b++)
        {
            estimate += BlockCodec.BlockSize;
            if (BlockLastDoc(b) >= end - 1)
            {
                break;
            }
        }

        return estimate;
    }

    /// <summary>The first position in [from, count) whose document is at or after <paramref name="end"/>.</summary>
    private static int UpperBound(int* docs, int from, int count, int end)
    {
        while (from < count && docs[from] < end)
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// Scores every posting of the decoded block. Eight lanes at a time with the same float32 operations, in the same
    /// order, as <see cref="Score"/>: IEEE arithmetic per lane equals the scalar result, and nothing is fused.
    /// </summary>
    private void ScoreBlock()
    {
        _scoredBlock = _block;
        int n = _count;
        float w = Weight;
        fixed (int* docs = _docs)
        fixed (int* tfs = _tfs)
        fixed (float* factors = _blockFactors)
        fixed (float* scores = _blockScores)
        {
            if (_exact)
            {
                for (int i = 0; i < n; i++)
                {
                    factors[i] = _similarity.LengthFactor(_lengths[docs[i]]);
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    factors[i] = _normCache[_norms[docs[i]]];
                }
            }

            int v = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var weight = Vector256.Create(w);
                var one = Vector256.Create(1f);
                for (; v + Vector256<float>.Count <= n; v += Vector256<float>.Count)
                {
                    var tf = Vector256.ConvertToSingle(Vector256.Load(tfs + v));
                    var product = Vector256.Multiply(tf, Vector256.Load(factors + v));
                    var denominator = Vector256.Add(one, product);
                    var score = Vector256.Subtract(weight, Vector256.Divide(weight, denominator));
                    score.Store(scores + v);
                }
            }

            for (; v < n; v++)
            {
                scores[v] = w - (w / (1f + (tfs[v] * factors[v])));
            }
        }
    }
}
