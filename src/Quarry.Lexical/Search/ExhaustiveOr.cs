namespace Quarry.Lexical.Search;

/// <summary>Scores every document that holds any query term: the oracle the pruning algorithms are tested against.</summary>
internal static class ExhaustiveOr
{
    public static void Run(PostingCursor[] cursors, TopKQueue queue)
    {
        while (true)
        {
            int doc = PostingCursor.NoMoreDocs;
            foreach (var c in cursors)
            {
                doc = Math.Min(doc, c.Doc);
            }

            if (doc == PostingCursor.NoMoreDocs)
            {
                return;
            }

            double score = 0;
            foreach (var c in cursors)
            {
                if (c.Doc == doc)
                {
                    score += c.Score();
                    c.Next();
                }
            }

            queue.Offer(doc, (float)score);
        }
    }
}
