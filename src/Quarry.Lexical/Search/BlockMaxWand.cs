namespace Quarry.Lexical.Search;

/// <summary>
/// Block-max WAND (Ding and Suel): a pivot from list-wide bounds, then the bounds of the blocks holding the pivot decide
/// whether to score it or to jump past the nearest block end.
/// </summary>
internal static class BlockMaxWand
{
    public static void Run(PostingCursor[] cursors, TopKQueue queue)
    {
        int n = cursors.Length;
        while (true)
        {
            SortByDoc(cursors);
            double bound = 0;
            int pivot = -1;
            for (int i = 0; i < n; i++)
            {
                if (cursors[i].Doc == PostingCursor.NoMoreDocs)
                {
                    break;
                }

                bound += cursors[i].MaxScore;
                if (queue.CouldEnter((float)bound))
                {
                    pivot = i;
                    break;
                }
            }

            if (pivot < 0)
            {
                return;
            }

            int pivotDoc = cursors[pivot].Doc;
            while (pivot + 1 < n && cursors[pivot + 1].Doc == pivotDoc)
            {
                pivot++;
            }

            double blockBound = 0;
            for (int i = 0; i <= pivot; i++)
            {
                cursors[i].ShallowSeek(pivotDoc);
                blockBound += cursors[i].BlockMaxScore;
            }

            if (queue.CouldEnter((float)blockBound))
            {
                if (cursors[0].Doc == pivotDoc)
                {
                    double score = 0;
                    for (int i = 0; i <= pivot; i++)
                    {
                        score += cursors[i].Score();
                        cursors[i].Next();
                    }

                    queue.Offer(pivotDoc, (float)score);
                }
                else
                {
                    // No document before the pivot can enter (the lists ahead of it cannot reach the threshold), so
                    // every list that lags behind moves up to it at once.
                    for (int i = 0; i <= pivot && cursors[i].Doc < pivotDoc; i++)
                    {
                        cursors[i].Seek(pivotDoc);
                    }
                }
            }
            else
            {
                // No document before the nearest block end (or the next list's document) can enter: jump there.
                // Every document below that point is out of reach, so all lists up to the pivot skip to it.
                long next = pivot + 1 < n ? cursors[pivot + 1].Doc : PostingCursor.NoMoreDocs;
                for (int i = 0; i <= pivot; i++)
                {
                    next = Math.Min(next, (long)cursors[i].ShallowSeek(pivotDoc) + 1);
                }

                int target = (int)Math.Min(next, PostingCursor.NoMoreDocs);
                for (int i = 0; i <= pivot; i++)
                {
                    cursors[i].Seek(target);
                }
            }
        }
    }

    private static void SortByDoc(PostingCursor[] cursors)
    {
        // Insertion sort: the order changes little between steps and queries are short.
        for (int i = 1; i < cursors.Length; i++)
        {
            var c = cursors[i];
            int j = i - 1;
            while (j >= 0 && cursors[j].Doc > c.Doc)
            {
                cursors[j + 1] = cursors[j];
                j--;
            }

            cursors[j + 1] = c;
        }
    }
}
