using Quarry.Eval.Input;

namespace Quarry.Eval.Ranking;

/// <summary>How trec_eval ranks and judges one query: sort, cut at -M, look each document up in the qrels.</summary>
internal static class Ranker
{
    /// <summary>
    /// Document indices in trec_eval order: score descending, ties by docno descending (byte-wise, as strcmp).
    /// The rank column of the file plays no part.
    /// </summary>
    public static int[] Order(QueryRun run)
    {
        var order = new int[run.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var comparer = new ScoreThenDocnoDescending(run);
        if (!IsSorted(order, comparer))
        {
            order.AsSpan().Sort(comparer);
        }

        return order;
    }

    /// <summary>Builds the judged ranking for a relevance level, a depth (-M) and trec_eval's -J.</summary>
    public static RankedQuery Judge(QueryRun? run, int[] order, QueryJudgments judgments, int depth, int level, bool judgedOnly, long docsInCollection)
    {
        int n = Math.Min(order.Length, depth);
        var rels = new int[n];
        int numRet = 0, relRet = 0, nonpool = 0, unjudged = 0;
        for (int i = 0; i < n; i++)
        {
            int found = judgments.Docs.IndexOf(run!.Docs.Key(order[i]));
            int rel = found < 0 ? RankedQuery.NonPool : judgments.Docs.Value(found) < 0 ? RankedQuery.Unjudged : judgments.Docs.Value(found);
            if (judgedOnly && rel < 0)
            {
                continue; // -J: unjudged documents leave the ranking, the others move up
            }

            rels[numRet++] = rel;
            if (rel == RankedQuery.NonPool)
            {
                nonpool++;
            }
            else if (rel == RankedQuery.Unjudged)
            {
                unjudged++;
            }
            else if (rel >= level)
            {
                relRet++;
            }
        }

        var levels = judgments.LevelCounts;
        int numRel = 0, numLevels = 0;
        for (int g = 0; g < levels.Length; g++)
        {
            if (levels[g] != 0)
            {
                numLevels = g + 1;
                if (g >= level)
                {
                    numRel += levels[g];
                }
            }
        }

        return new RankedQuery
        {
            Rels = rels,
            NumRet = numRet,
            NumRel = numRel,
            NumRelRet = relRet,
            NumNonpool = nonpool,
            NumUnjudged = unjudged,
            RelLevels = levels,
            NumRelLevels = numLevels,
            RelevanceLevel = level,
            DocsInCollection = docsInCollection,
        };
    }

    private static bool IsSorted(int[] order, ScoreThenDocnoDescending comparer)
    {
        for (int i = 1; i < order.Length; i++)
        {
            if (comparer.Compare(order[i - 1], order[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct ScoreThenDocnoDescending(QueryRun run) : IComparer<int>
    {
        private readonly double[] _scores = run.ScoreBuffer;
        private readonly ByteKeyTable _docs = run.Docs;

        public int Compare(int a, int b)
        {
            double sa = _scores[a], sb = _scores[b];
            if (sa > sb)
            {
                return -1;
            }

            if (sa < sb)
            {
                return 1;
            }

            return _docs.Key(b).SequenceCompareTo(_docs.Key(a));
        }
    }
}
