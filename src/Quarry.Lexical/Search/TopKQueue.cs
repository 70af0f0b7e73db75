namespace Quarry.Lexical.Search;

/// <summary>
/// Keeps the best k documents under the total order "score descending, then external id ascending" (ids compared
/// through their precomputed rank), so every algorithm that offers the same documents keeps the same k.
/// </summary>
/// <remarks>
/// The heap orders by score alone, so an offer never reads the rank table: at k=1000 over millions of documents that
/// read is a cache miss per accepted offer. Ids only matter among documents tied at the entry score, and those are
/// all kept: the heap's documents at the minimum plus <see cref="_ties"/>, the documents offered or evicted at that
/// same score. When the minimum rises, every tie falls below it and out. <see cref="Drain"/> ranks the tied group by
/// id once, at the end.
/// </remarks>
public sealed unsafe class TopKQueue
{
    private readonly float[] _scores;
    private readonly int[] _docs;
    private readonly int* _rankOf;
    private int[] _ties = new int[16];
    private int _tieCount;
    private float _minScore = float.NegativeInfinity;

    internal TopKQueue(int k, int* rankOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        Capacity = k;
        _scores = new float[k];
        _docs = new int[k];
        _rankOf = rankOf;
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    /// <summary>
    /// A score that at least k documents are known to reach, set before any offer: documents below it are refused even
    /// while the queue is not full. The top k is exact only if the queue fills (<see cref="IsFull"/>); a scorer whose
    /// floor proves too high must search again without one. Negative infinity (the default) sets no floor.
    /// </summary>
    internal float Floor { get; set; } = float.NegativeInfinity;

    /// <summary>The score a document must reach to enter (ties then go by id): the floor while the queue is not full.</summary>
    public float Threshold => IsFull ? _minScore : Floor;

    /// <summary>True when a document whose score is at most <paramref name="bound"/> could still enter.</summary>
    public bool CouldEnter(float bound) => bound >= (IsFull ? _minScore : Floor);

    /// <summary>An empty queue of another size over the same ids.</summary>
    internal TopKQueue WithCapacity(int k) => new(k, _rankOf);

    /// <summary>Offers a scored document.</summary>
    public void Offer(int doc, float score)
    {
        if (Count < Capacity)
        {
            if (score < Floor)
            {
                return;
            }

            SiftUp(Count++, score, doc);
            if (Count == Capacity)
            {
                _minScore = _scores[0];
            }

            return;
        }

        if (score <= _minScore)
        {
            if (score == _minScore)
            {
                AddTie(doc); // it may still outrank, by id, a heap document at this score
            }

            return;
        }

        float old = _minScore;
        int evicted = _docs[0];
        SiftDown(score, doc);
        _minScore = _scores[0];
        if (_minScore == old)
        {
            AddTie(evicted);
        }
        else
        {
            _tieCount = 0; // all held the old minimum, now below the entry score
        }
    }

    /// <summary>Empties the queue into (doc, score) pairs, best first.</summary>
    public (int Doc, float Score)[] Drain()
    {
        // The heap and the documents tied at its minimum, ordered once by (score, id): tied documents sort below the
        // others, so the best Count of them all are exactly the top k.
        int n = Count;
        int total = n + _tieCount;
        var keys = new ulong[total];
        var docs = new int[total];
        for (int i = 0; i < total; i++)
        {
            (int doc, float score) = i < n ? (_docs[i], _scores[i]) : (_ties[i - n], _minScore);
            keys[i] = Key(score, _rankOf[doc]);
            docs[i] = doc;
        }

        Array.Sort(keys, docs);
        var result = new (int, float)[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = (docs[total - 1 - i], ScoreOf(keys[total - 1 - i]));
        }

        Clear();
        return result;
    }

    /// <summary>Empties the queue and removes its floor.</summary>
    public void Clear()
    {
        Floor = float.NegativeInfinity;
        Count = 0;
        _tieCount = 0;
        _minScore = float.NegativeInfinity;
    }

    /// <summary>A key that orders (score ascending, then id descending): the larger key is the better document.</summary>
    private static ulong Key(float score, int rank)
    {
        if (score == 0)
        {
            score = 0f; // -0 and +0 are equal scores; give them one key so the id decides
        }

        uint bits = BitConverter.SingleToUInt32Bits(score);
        uint ordered = (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
        return ((ulong)ordered << 32) | ~(uint)rank;
    }

    private static float ScoreOf(ulong key)
    {
        uint ordered = (uint)(key >> 32);
        uint bits = (ordered & 0x8000_0000u) != 0 ? ordered & 0x7FFF_FFFFu : ~ordered;
        return BitConverter.UInt32BitsToSingle(bits);
    }

    private void AddTie(int doc)
    {
        if (_tieCount == _ties.Length)
        {
            if (_tieCount >= Math.Max(1024, Capacity))
            {
                SettleTies();
            }
            else
            {
                Array.Resize(ref _ties, _ties.Length * 2);
            }
        }

        _ties[_tieCount++] = doc;
    }

    /// <summary>
    /// Bounds the tie list where very many documents share the entry score: the heap's slots at that score take the
    /// best-ranked documents of the tied group, and the rest, which can no longer enter, are dropped.
    /// </summary>
    private void SettleTies()
    {
        var slots = new List<int>();
        for (int i = 0; i < Count; i++)
        {
            if (_scores[i] == _minScore)
            {
                slots.Add(i);
            }
        }

        var group = new int[slots.Count + _tieCount];
        for (int i = 0; i < slots.Count; i++)
        {
            group[i] = _docs[slots[i]];
        }

        _ties.AsSpan(0, _tieCount).CopyTo(group.AsSpan(slots.Count));
        var ranks = new int[group.Length];
        for (int i = 0; i < group.Length; i++)
        {
            ranks[i] = _rankOf[group[i]];
        }

        Array.Sort(ranks, group);
        for (int i = 0; i < slots.Count; i++)
        {
            _docs[slots[i]] = group[i]; // equal scores: any arrangement among these slots keeps the heap order
        }

        _tieCount = 0;
    }

    private void SiftUp(int i, float score, int doc)
    {
        var scores = _scores;
        var docs = _docs;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (scores[parent] <= score)
            {
                break;
            }

            scores[i] = scores[parent];
            docs[i] = docs[parent];
            i = parent;
        }

        scores[i] = score;
        docs[i] = doc;
    }

    /// <summary>Replaces the root with (score, doc) and restores the heap.</summary>
    private void SiftDown(float score, int doc)
    {
        var scores = _scores;
        var docs = _docs;
        int count = Count;
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && scores[child + 1] < scores[child])
            {
                child++;
            }

            if (scores[child] >= score)
            {
                break;
            }

            scores[i] = scores[child];
            docs[i] = docs[child];
            i = child;
        }

        scores[i] = score;
        docs[i] = doc;
    }
}
