using System.Numerics;

namespace Quarry.Lexical.Search;

/// <summary>The document-at-a-time half of <see cref="MaxScore"/>: completing and offering a window's touched documents.</summary>
internal static partial class MaxScore
{
    /// <summary>
    /// Walks the window's touched documents in order, completes each with the non-essential lists while its bound can
    /// still enter, offers it, and leaves the accumulator and bitset all zero for the next window.
    /// </summary>
    private static unsafe void Collect(PostingCursor[] cursors, int essential, ReadOnlySpan<double> prefix, TopKQueue queue, int start, WindowScratch scratch)
    {
        double* acc = scratch.Accumulator;
        ulong* touched = scratch.Touched;
        for (int w = 0; w < WindowScratch.Words; w++)
        {
            ulong word = touched[w];
            if (word == 0)
            {
                continue;
            }

            touched[w] = 0;
            do
            {
                int index = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                double score = acc[index];
                acc[index] = 0;
                int doc = start + index;
                bool enters = true;
                for (int i = essential - 1; i >= 0; i--)
                {
                    if (!queue.CouldEnter((float)(score + prefix[i + 1])))
                    {
                        enters = false;
                        break;
                    }

                    var c = cursors[i];
                    c.Seek(doc);
                    if (c.Doc == doc)
                    {
                        score += c.Score();
                    }
                }

                if (enters)
                {
                    queue.Offer(doc, (float)score);
                }
            }
            while (word != 0);
        }
    }
}
