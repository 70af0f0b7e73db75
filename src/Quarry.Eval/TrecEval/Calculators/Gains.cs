using Quarry.Eval.Ranking;

namespace Quarry.Eval.TrecEval.Calculators;

/// <summary>
/// The gain table of trec_eval's ndcg, ndcg_rel, Rndcg and G: each grade's gain (the grade itself unless a level=gain
/// parameter says otherwise) and how many judged documents have it, ordered by gain ascending.
/// </summary>
internal sealed class Gains
{
    private readonly (long Level, double Gain, long Count)[] _gains;

    private Gains((long, double, long)[] gains) => _gains = gains;

    public int Length => _gains.Length;

    public double GainAt(int index) => _gains[index].Gain;

    public long CountAt(int index) => _gains[index].Count;

    public static Gains Setup(RankedQuery q, BoundParams p)
    {
        var list = new List<(long Level, double Gain, long Count)>();
        foreach (var (level, gain) in p.Pairs)
        {
            list.Add((level, gain, 0));
        }

        int pairs = list.Count;
        for (int i = 0; i < q.NumRelLevels; i++)
        {
            int j = 0;
            while (j < pairs && list[j].Level != i)
            {
                j++;
            }

            if (j < pairs)
            {
                list[j] = (list[j].Level, list[j].Gain, q.RelLevels[i]);
            }
            else
            {
                list.Add((i, i, q.RelLevels[i]));
            }
        }

        var gains = list.ToArray();
        MergeSort(gains, new (long, double, long)[gains.Length], 0, gains.Length);
        return new Gains(gains);
    }

    /// <summary>The gain of a document with this grade (0 for grades not in the table, such as unjudged documents).</summary>
    public double Of(int rel)
    {
        foreach (var g in _gains)
        {
            if (g.Level == rel)
            {
                return g.Gain;
            }
        }

        return 0.0;
    }

    // trec_eval compares gains as (int)(a - b), so gains closer than 1 compare equal, and sorts with glibc's qsort,
    // a top-down merge sort that keeps equal elements in order. Both are reproduced so that fractional gains order the same.
    private static void MergeSort((long, double G, long)[] a, (long, double G, long)[] tmp, int start, int n)
    {
        if (n <= 1)
        {
            return;
        }

        int n1 = n / 2, n2 = n - n1;
        MergeSort(a, tmp, start, n1);
        MergeSort(a, tmp, start + n1, n2);
        int i = start, j = start + n1, k = 0;
        while (n1 > 0 && n2 > 0)
        {
            if ((int)(a[i].G - a[j].G) <= 0)
            {
                tmp[k++] = a[i++];
                n1--;
            }
            else
            {
                tmp[k++] = a[j++];
                n2--;
            }
        }

        while (n1-- > 0)
        {
            tmp[k++] = a[i++];
        }

        Array.Copy(tmp, 0, a, start, k);
    }
}
