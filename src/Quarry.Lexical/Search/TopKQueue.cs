namespace Quarry.Lexical.Search;

/// <summary>
/// Keeps the best k documents in a min-heap under the total order "score descending, then external id ascending"
/// (ids compared through their precomputed rank), so every algorithm that offers the same documents keeps the same k.
/// </summary>
public sealed unsafe class TopKQueue
{
    // Each entry is one 64-bit key, the score's bits mapped to an unsigned order above the complemented id rank, so
    // "worse" is one integer comparison and the heap moves one word per step instead of three arrays in step.
    private readonly ulong[] _keys;
    private readonly int[] _docs;
    private readonly int* _rankOf;
    private float _minScore = float.NegativeInfinity;

    internal TopKQueue(int k, int* rankOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        Capacity = k;
        _keys = new ulong[k];
        _docs = new int[k];
        _rankOf = rankOf;
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    /// <summary>The score a document must reach to enter (ties then go by id); negative infinity while the queue is not full.</summary>
    public float Threshold => IsFull ? _minScore : float.NegativeInfinity;

    /// <summary>True when a document whose score is at most <paramref name="bound"/> could still enter.</summary>
    public bool CouldEnter(float bound) => !IsFull || bound >= _minScore;

    /// <summary>Offers a scored document.</summary>
    public void Offer(int doc, float score)
    {
        // Most offers lose outright on score; only then is the id rank (a memory load) needed.
        if (Count == Capacity && score < _minScore)
        {
            return;
        }

        ulong key = Key(score, _rankOf[doc]);
        if (Count < Capacity)
        {
            int i = Count++;
            SiftUp(i, key, doc);
            if (Count == Capacity)
            {
                _minScore = ScoreOf(_keys[0]);
            }

            return;
        }

        if (key <= _keys[0])
        {
            return;
        }

        SiftDown(key, doc);
        _minScore = ScoreOf(_keys[0]);
    }

    /// <summary>Empties the queue into (doc, score) pairs, best first.</summary>
    public (int Doc, float Score)[] Drain()
    {
        int n = Count;
        var keys = _keys.AsSpan(0, n);
        var docs = _docs.AsSpan(0, n);
        keys.Sort(docs);
        var result = new (int, float)[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = (docs[n - 1 - i], ScoreOf(keys[n - 1 - i]));
        }

        Clear();
        return result;
    }

    public void Clear()
    {
        Count = 0;
        _minScore = float.NegativeInfinity;
    }

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

    private void SiftUp(int i, ulong key, int doc)
    {
        var keys = _keys;
        var docs = _docs;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (keys[parent] <= key)
            {
                break;
            }

            keys[i] = keys[parent];
            docs[i] = docs[parent];
            i = parent;
        }

        keys[i] = key;
        docs[i] = doc;
    }

    /// <summary>Replaces the root with (key, doc) and restores the heap.</summary>
    private void SiftDown(ulong key, int doc)
    {
        var keys = _keys;
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

            if (child + 1 < count && keys[child + 1] < keys[child])
            {
                child++;
            }

            if (keys[child] >= key)
            {
                break;
            }

            keys[i] = keys[child];
            docs[i] = docs[child];
            i = child;
        }

        keys[i] = key;
        docs[i] = doc;
    }
}
