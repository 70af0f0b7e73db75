using System.Numerics;
using System.Runtime.Intrinsics;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Search;

/// <summary>
/// Walks one term's postings block by block and scores them: <see cref="Doc"/>, <see cref="Next"/>, <see cref="Seek"/>,
/// <see cref="Score"/>, the list-wide bound <see cref="MaxScore"/> and per-block bounds for block-max pruning.
/// </summary>
public sealed unsafe partial class PostingCursor
{
    /// <summary>The document a cursor reports once exhausted.</summary>
    public const int NoMoreDocs = int.MaxValue;

    private readonly byte* _norms;
    private readonly int* _lengths;
    private readonly float* _normCache;
    private readonly Bm25Similarity _similarity;
    private readonly bool _exact;
    private readonly bool _useImpacts;
    private readonly int[] _docs = new int[BlockCodec.BlockSize];
    private readonly int[] _tfs = new int[BlockCodec.BlockSize];
    private int _block = -1;
    private int _count;
    private int _pos;
    private int _shallowBlock;

    // The bound of _shallowBlock, computed when the shallow pointer moves rather than on every read (-1: not yet).
    private int _boundBlock = -1;
    private float _shallowBound;
    private float _maxScore = float.NaN;

    internal PostingCursor(LexicalIndex index, Bm25Similarity similarity, Index.Terms.TermInfo term, float weight)
    {
        OpenSource(index, term, out _postings, out _postingsEnd, out _blocks, out _blockCount, out _df);
        _norms = index.Lengths.NormPointer;
        _similarity = similarity;
        _normCache = similarity.NormCachePointer;
        _exact = _similarity.Options.ExactLengths;
        // The exact lengths are expanded into memory (4 bytes a document) only for searches that score with them.
        _lengths = _exact ? index.Lengths.LengthPointer : null;
        _useImpacts = similarity.Options == new Bm25Options() && weight > 0;
        Weight = weight;
        Doc = -1;
        Next();
    }

    /// <summary>The current document, or <see cref="NoMoreDocs"/>.</summary>
    public int Doc { get; private set; }

    /// <summary>count × idf of this query term.</summary>
    public float Weight { get; }

    /// <summary>An upper bound of <see cref="Score"/> over the whole list.</summary>
    public float MaxScore
    {
        get
        {
            // Computed on first use: window scorers never ask, and long lists would pay a pass over their blocks per query.
            if (float.IsNaN(_maxScore))
            {
                _maxScore = ListBound();
            }

            return _maxScore;
        }
    }

    /// <summary>Documents in the list.</summary>
    public int DocumentFrequency => _df;

    /// <summary>The term's frequency in the current document.</summary>
    public int Tf => _tfs[_pos];

    /// <summary>Moves to the next document.</summary>
    public void Next()
    {
        if (++_pos < _count)
        {
            Doc = _docs[_pos];
            return;
        }

        if (_block + 1 < _blockCount)
        {
            Decode(_block + 1);
            Doc = _docs[0];
        }
        else
        {
            Doc = NoMoreDocs;
        }
    }

    /// <summary>Moves to the first document at or after <paramref name="target"/>.</summary>
    public void Seek(int target)
    {
        if (target <= Doc)
        {
            return;
        }

        if (BlockLastDoc(_block) < target)
        {
            int b = _block + 1;
            while (b < _blockCount && BlockLastDoc(b) < target)
            {
                b++;
            }

            if (b == _blockCount)
            {
                Doc = NoMoreDocs;
                _pos = _count;
                return;
            }

            Decode(b);
        }

        _pos = FirstAtOrAfter(_pos, target);
        Doc = _docs[_pos];
    }

    /// <summary>The first position from <paramref name="from"/> whose document is at or after <paramref name="target"/>, which the block holds.</summary>
    private int FirstAtOrAfter(int from, int target)
    {
        fixed (int* docs = _docs)
        {
            // Eight documents per comparison: a probe that lands in a fresh block would otherwise step through half of it.
            if (Vector256.IsHardwareAccelerated)
            {
                var t = Vector256.Create(target);
                for (; from + Vector256<int>.Count <= _count; from += Vector256<int>.Count)
                {
                    uint below = Vector256.LessThan(Vector256.Load(docs + from), t).ExtractMostSignificantBits();
                    if (below != 0xFF)
                    {
                        return from + BitOperations.TrailingZeroCount(~below);
                    }
                }
            }

            while (docs[from] < target)
            {
                from++;
            }

            return from;
        }
    }

    /// <summary>The BM25 score of the current document, in Lucene's float32 arithmetic.</summary>
    public float Score()
    {
        int doc = Doc;
        float factor = _exact ? _similarity.LengthFactor(_lengths[doc]) : _normCache[_norms[doc]];
        return Weight - (Weight / (1f + (_tfs[_pos] * factor)));
    }

    /// <summary>
    /// Positions the shallow pointer on the block that may hold <paramref name="target"/> without decoding it, and returns that
    /// block's last document (<see cref="NoMoreDocs"/> past the end).
    /// </summary>
    public int ShallowSeek(int target)
    {
        if (_shallowBlock < _block)
        {
            _shallowBlock = Math.Max(_block, 0);
        }

        while (_shallowBlock < _blockCount && BlockLastDoc(_shallowBlock) < target)
        {
            _shallowBlock++;
        }

        return _shallowBlock < _blockCount ? BlockLastDoc(_shallowBlock) : NoMoreDocs;
    }

    /// <summary>The score bound of the block the shallow pointer is on (0 past the end).</summary>
    public float BlockMaxScore
    {
        get
        {
            if (_boundBlock != _shallowBlock)
            {
                _boundBlock = _shallowBlock;
                _shallowBound = _shallowBlock < _blockCount ? BlockBound(_shallowBlock) : 0f;
            }

            return _shallowBound;
        }
    }

    private float ListBound()
    {
        // One bound from the list's extremes (largest tf, shortest document, largest impact) rather than the largest
        // block bound: the same figure wherever one block holds all three, and one pass of plain loads instead of a
        // division per block.
        int maxTf = 0;
        int minLength = int.MaxValue;
        float maxImpact = 0f;
        for (int b = 0; b < _blockCount; b++)
        {
            maxTf = Math.Max(maxTf, BlockMaxTf(b));
            minLength = Math.Min(minLength, BlockMinLength(b));
            maxImpact = Math.Max(maxImpact, BlockMaxImpact(b));
        }

        return _blockCount == 0 ? 0f : Bound(maxTf, minLength, maxImpact);
    }

    private float BlockBound(int block) =>
        Bound(BlockMaxTf(block), BlockMinLength(block), BlockMaxImpact(block));

    private float Bound(int maxTf, int minLength, float maxImpact)
    {
        // tf up and length down both raise BM25, so the largest tf with the shortest length bounds every score.
        float factor = _exact ? _similarity.LengthFactor(minLength) : _normCache[SmallFloat.IntToByte4(minLength)];
        float bound = Weight - (Weight / (1f + (maxTf * factor)));
        if (_useImpacts)
        {
            // weight × impact is the exact maximum in real numbers; the float score may exceed it by a few ulps of the
            // weight (the subtraction cancels), so four ulps of the weight are added before rounding up.
            double exact = ((double)Weight * maxImpact) + (4.0 * Weight * (1.0 / (1 << 23)));
            bound = Math.Min(bound, MathF.BitIncrement((float)exact));
        }

        return bound;
    }
}
