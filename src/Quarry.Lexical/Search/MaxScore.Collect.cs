using System.Numerics;

namespace Quarry.Lexical.Search;

/// <summary>The document-at-a-time half of <see cref="MaxScore"/>: completing and offering a window's touched documents.</summary>
internal static partial class MaxScore
{
    /// <summary>
    /// Unmarks (and zeroes) the touched documents that cannot enter even with every list left to probe at its bound
    /// (together <paramref name="rest"/>), and returns how many remain.
    /// </summary>
    private static unsafe int Prune(TopKQueue queue, double rest, WindowScratch scratch)
    {
        double* acc = scratch.Accumulator;
        ulong* touched = scratch.Touched;
        int left = 0;
        float threshold = queue.Threshold;
        for (int w = 0; w < WindowScratch.Words; w++)
        {
            ulong word = touched[w];
            ulong keep = word;
            while (word != 0)
            {
                // Branch-free: whether a document survives is data the processor cannot predict.
                int bit = BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                int index = (w << 6) + bit;
                int fails = (float)(acc[index] + rest) < threshold ? 1 : 0;
                keep &= ~((ulong)fails << bit);
                acc[index] *= 1 - fails;
            }

            touched[w] = keep;
            left += BitOperations.PopCount(keep);
        }

        return left;
    }

    /// <summary>
    /// Offers every touched document with its accumulated score (no list left to probe) and leaves the accumulator and
    /// bitset all zero. Each 64-document word is first reduced, without branches, to the documents that reach the
    /// threshold as it stood, so that only those take the queue's (rarely taken, hence mispredicted) insertion path.
    /// </summary>
    private static unsafe void OfferAll(TopKQueue queue, int start, WindowScratch scratch)
    {
        double* acc = scratch.Accumulator;
        ulong* touched = scratch.Touched;
        float* scores = stackalloc float[64];
        float threshold = queue.Threshold;
        for (int w = 0; w < WindowScratch.Words; w++)
        {
            ulong word = touched[w];
            if (word == 0)
            {
                continue;
            }

            touched[w] = 0;
            ulong pass = 0;
            do
            {
                int bit = BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                int index = (w << 6) + bit;
                float score = (float)acc[index];
                acc[index] = 0;
                scores[bit] = score;
                pass |= (ulong)(score >= threshold ? 1 : 0) << bit;
            }
            while (word != 0);

            while (pass != 0)
            {
                int bit = BitOperations.TrailingZeroCount(pass);
                pass &= pass - 1;
                queue.Offer(start + (w << 6) + bit, scores[bit]);
            }

            threshold = queue.Threshold;
        }
    }

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
