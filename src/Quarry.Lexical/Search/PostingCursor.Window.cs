using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Quarry.Lexical.Index.Postings;

namespace Quarry.Lexical.Search;

/// <summary>
/// The term-at-a-time side of <see cref="PostingCursor"/> for window scorers: the bulk addition of a window's scores
/// into an accumulator, a decoded block scored at once.
/// </summary>
public sealed unsafe partial class PostingCursor
{
    // Scores of the decoded block, computed once for the whole block (_scoredBlock) the first time a window needs them.
    private readonly float[] _blockScores = new float[BlockCodec.BlockSize];
    private readonly float[] _blockFactors = new float[BlockCodec.BlockSize];
    private int _scoredBlock = -1;

    /// <summary>
    /// Adds the scores of this list's documents in [<paramref name="start"/>, <paramref name="end"/>) to
    /// <c>acc[doc - start]</c>, marks them in the bitset <paramref name="bits"/>, and leaves the cursor on the first
    /// document at or after <paramref name="end"/>.
    /// </summary>
    internal void Accumulate(int start, int end, double* acc, ulong* bits) => AccumulateWindow<AddAndMark>(start, end, acc, bits);

    /// <summary>
    /// Adds the scores of this list's documents in [<paramref name="start"/>, <paramref name="end"/>) to
    /// <c>acc[doc - start]</c> only where the bitset <paramref name="bits"/> already marks the document, and leaves the
    /// cursor on the first document at or after <paramref name="end"/>.
    /// </summary>
    internal void AccumulateMarked(int start, int end, double* acc, ulong* bits) => AccumulateWindow<AddIfMarked>(start, end, acc, bits);

    /// <summary>
    /// The walk both accumulations share; <typeparamref name="TAdd"/> is a struct, so the JIT compiles one copy of the
    /// loop per kind of addition with the addition inlined.
    /// </summary>
    private void AccumulateWindow<TAdd>(int start, int end, double* acc, ulong* bits)
        where TAdd : struct, IWindowAdd
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
                    TAdd.Add(acc, bits, docs[p] - start, scores[p]);
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

    /// <summary>How one posting's score enters a window's accumulator.</summary>
    private interface IWindowAdd
    {
        static abstract void Add(double* acc, ulong* bits, int d, float score);
    }

    /// <summary>Adds the score and marks the document as touched.</summary>
    private readonly struct AddAndMark : IWindowAdd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(double* acc, ulong* bits, int d, float score)
        {
            acc[d] += score;
            bits[d >> 6] |= 1UL << d;
        }
    }

    /// <summary>
    /// Adds the score only to a document already marked: a multiplication by 0 or 1 (exact) instead of a branch the
    /// processor would mispredict.
    /// </summary>
    private readonly struct AddIfMarked : IWindowAdd
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Add(double* acc, ulong* bits, int d, float score) =>
            acc[d] += score * (double)(long)((bits[d >> 6] >> d) & 1);
    }
}
