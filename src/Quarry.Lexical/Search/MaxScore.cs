namespace Quarry.Lexical.Search;

/// <summary>
/// MaxScore (Turtle and Flood): terms sorted by their bound; the low ones whose bounds together cannot reach the
/// threshold are "non-essential" and only probed for documents the essential terms produce.
/// </summary>
internal static class MaxScore
{
    public static void Run(PostingCursor[] cursors, TopKQueue queue)
    {
        int n = cursors.Length;
        Array.Sort(cursors, static (a, b) => a.MaxScore.CompareTo(b.MaxScore));
        Span<double> prefix = stackalloc double[n + 1];
        prefix[0] = 0;
        for (int i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + cursors[i].MaxScore;
        }

        // cursors[0..essential) are non-essential: together they cannot lift a document into the queue.
        int essential = 0;
        while (true)
        {
            while (essential < n && !queue.CouldEnter((float)prefix[essential + 1]))
            {
                essential++;
            }

            if (essential == n)
            {
                return;
            }

            int doc = PostingCursor.NoMoreDocs;
            for (int i = essential; i < n; i++)
            {
                doc = Math.Min(doc, cursors[i].Doc);
            }

            if (doc == PostingCursor.NoMoreDocs)
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

            for (int i = essential - 1; i >= 0; i--)
            {
                if (!queue.CouldEnter((float)(score + prefix[i + 1])))
                {
                    score = double.NaN;
                    break;
                }

                var c = cursors[i];
                c.Seek(doc);
                if (c.Doc == doc)
                {
                    score += c.Score();
                }
            }

            if (!double.IsNaN(score))
            {
                queue.Offer(doc, (float)score);
            }
        }
    }
}
