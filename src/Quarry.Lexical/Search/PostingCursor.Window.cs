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
