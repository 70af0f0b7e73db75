namespace Quarry.Lexical.Search;

/// <summary>
/// Keeps the best k documents in a min-heap under the total order "score descending, then external id ascending"
/// (ids compared through their precomputed rank), so every algorithm that offers the same documents keeps the same k.
/// </summary>
public sealed unsafe class TopKQueue
{
    private readonly float[] _scores;
    private readonly int[] _ranks;
    private readonly int[] _docs;
    private readonly int* _rankOf;

    internal TopKQueue(int k, int* rankOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        Capacity = k;
        _scores = new float[k];
        _ranks = new int[k];
        _docs = new int[k];
        _rankOf = rankOf;
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    /// <summary>The score a document must reach to enter (ties then go by id); negative infinity while the queue is not full.</summary>
    public float Threshold => IsFull ? _scores[0] : float.NegativeInfinity;

    /// <summary>True when a document whose score is at most <paramref name="bound"/> could still enter.</summary>
    public bool CouldEnter(float bound) => !IsFull || bound >= _scores[0];

    /// <summary>Offers a scored document.</summary>
    public void Offer(int doc, float score)
    {
        // Most offers lose outright on score; only then is the id rank (a memory load) needed.
        if (Count == Capacity && score < _scores[0])
        {
            return;
        }

        int rank = _rankOf[doc];
        if (Count < Capacity)
        {
            int i = Count++;
            _scores[i] = score;
            _ranks[i] = rank;
            _docs[i] = doc;
            SiftUp(i);
            return;
        }

        if (score == _scores[0] && rank > _ranks[0])
        {
            return;
        }

        _scores[0] = score;
        _ranks[0] = rank;
        _docs[0] = doc;
        SiftDown(0);
    }

    /// <summary>Empties the queue into (doc, score) pairs, best first.</summary>
    public (int Doc, float Score)[] Drain()
    {
        var result = new (int, float)[Count];
        for (int i = Count - 1; i >= 0; i--)
        {
            result[i] = (_docs[0], _scores[0]);
            Count--;
            if (Count > 0)
            {
                Swap(0, Count);
                SiftDown(0);
            }
        }

        return result;
    }

    public void Clear() => Count = 0;

    private bool Worse(int a, int b) => _scores[a] < _scores[b] || (_scores[a] == _scores[b] && _ranks[a] > _ranks[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Worse(i, parent))
            {
                break;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            int left = (2 * i) + 1;
            if (left >= Count)
            {
                return;
            }

            int worst = left;
            int right = left + 1;
            if (right < Count && Worse(right, left))
            {
                worst = right;
            }

            if (!Worse(worst, i))
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_ranks[a], _ranks[b]) = (_ranks[b], _ranks[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
