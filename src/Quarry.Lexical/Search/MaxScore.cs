namespace Quarry.Lexical.Search;

/// <summary>
/// MaxScore (Turtle and Flood) over block windows: the doc range is cut where the first of the lists' current blocks
/// ends, and inside each window the lists are ranked by their block bounds (not their list-wide bounds), so the low ones
/// whose block bounds together cannot reach the threshold are "non-essential" and only probed for documents the
/// essential lists produce, and a window where no list is essential is skipped without decoding anything.
/// </summary>
internal static class MaxScore
{
    public static void Run(PostingCursor[] cursors, TopKQueue queue)
    {
        int n = cursors.Length;
        Span<float> bound = stackalloc float[n];
        Span<double> prefix = stackalloc double[n + 1];
        int pos = 0; // every document below pos is done
        while (true)
        {
            // The window: from pos to the end of the nearest block end, so each list has one block bound over all of it.
            int windowEnd = PostingCursor.NoMoreDocs;
            for (int i = 0; i < n; i++)
            {
                windowEnd = Math.Min(windowEnd, cursors[i].ShallowSeek(pos));
            }

            if (windowEnd == PostingCursor.NoMoreDocs && AllExhausted(cursors, pos))
            {
                return;
            }

            for (int i = 0; i < n; i++)
            {
                bound[i] = cursors[i].BlockMaxScore;
            }

            SortByBound(cursors, bound);
            prefix[0] = 0;
            for (int i = 0; i < n; i++)
            {
                prefix[i + 1] = prefix[i] + bound[i];
            }

            // cursors[0..essential) are non-essential in this window: together they cannot lift a document into the queue.
            int essential = 0;
            while (essential < n && !queue.CouldEnter((float)prefix[essential + 1]))
            {
                essential++;
            }

            if (essential < n)
            {
                for (int i = essential; i < n; i++)
                {
                    cursors[i].Seek(pos);
                }

                ScoreWindow(cursors, queue, prefix, ref essential, windowEnd);
            }

            if (windowEnd == PostingCursor.NoMoreDocs)
            {
                return;
            }

            pos = windowEnd + 1;
        }
    }

    private static void ScoreWindow(PostingCursor[] cursors, TopKQueue queue, ReadOnlySpan<double> prefix, ref int essential, int windowEnd)
    {
        int n = cursors.Length;
        while (essential < n)
        {
            int doc = PostingCursor.NoMoreDocs;
            for (int i = essential; i < n; i++)
            {
                doc = Math.Min(doc, cursors[i].Doc);
            }

            if (doc > windowEnd || doc == PostingCursor.NoMoreDocs)
            {
                return;
            }

            double score = 0;
            for (int i = essential; i < n; i++)
            {
                var c = cursors[i];
                if (c.Doc == doc)
                {
                    score += c.Score();
                    c.Next();
                }
            }

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
                while (essential < n && !queue.CouldEnter((float)prefix[essential + 1]))
                {
                    essential++;
                }
            }
        }
    }

    private static bool AllExhausted(PostingCursor[] cursors, int pos)
    {
        foreach (var c in cursors)
        {
            if (c.ShallowSeek(pos) != PostingCursor.NoMoreDocs)
            {
                return false;
            }
        }

        return true;
    }

    private static void SortByBound(PostingCursor[] cursors, Span<float> bound)
    {
        // Insertion sort: queries are short and the order changes little from one window to the next.
        for (int i = 1; i < cursors.Length; i++)
        {
            var c = cursors[i];
            float b = bound[i];
            int j = i - 1;
            while (j >= 0 && bound[j] > b)
            {
                cursors[j + 1] = cursors[j];
                bound[j + 1] = bound[j];
                j--;
            }

            cursors[j + 1] = c;
            bound[j + 1] = b;
        }
    }
}
