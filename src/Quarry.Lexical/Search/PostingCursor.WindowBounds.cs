using Quarry.Lexical.Index.Postings;

namespace Quarry.Lexical.Search;

/// <summary>
/// What a window scorer learns of a <see cref="PostingCursor"/>'s list before scoring it: its bounds per window and its
/// size in a window, from block entries (and exact scores for sparse blocks), and the rewind that follows planning.
/// </summary>
public sealed unsafe partial class PostingCursor
{
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
}
