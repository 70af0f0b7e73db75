namespace Quarry.Neural.Vectors;

/// <summary>
/// Keeps the best k hits seen (by <see cref="VectorHit.Compare"/>) in a binary min-heap whose root is the worst kept hit;
/// offering a hit costs one comparison when it does not make the cut, which is the common case in a scan.
/// </summary>
public sealed class TopK
{
    private readonly VectorHit[] _heap;

    /// <summary>A collector of the best <paramref name="k"/> hits.</summary>
    public TopK(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _heap = new VectorHit[k];
    }

    /// <summary>Hits kept so far.</summary>
    public int Count { get; private set; }

    /// <summary>The capacity k.</summary>
    public int K => _heap.Length;

    /// <summary>The score a new hit must beat (ties by index) once full; -infinity before.</summary>
    public float Threshold => Count < _heap.Length ? float.NegativeInfinity : _heap[0].Score;

    /// <summary>Offers a hit; keeps it when it is among the best k so far.</summary>
    public void Add(int index, float score)
    {
        var hit = new VectorHit(index, score);
        if (Count < _heap.Length)
        {
            _heap[Count] = hit;
            SiftUp(Count++);
        }
        else if (VectorHit.Better(hit, _heap[0]))
        {
            _heap[0] = hit;
            SiftDown(0);
        }
    }

    /// <summary>Offers every hit of another collector (used to merge per-thread results).</summary>
    public void AddAll(TopK other)
    {
        for (int i = 0; i < other.Count; i++)
        {
            Add(other._heap[i].Index, other._heap[i].Score);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public VectorHit[] ToSortedArray()
    {
        var result = _heap[..Count];
        Array.Sort(result, VectorHit.Compare);
        return result;
    }

    /// <summary>Forgets every hit, keeping the capacity.</summary>
    public void Clear() => Count = 0;

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!VectorHit.Better(_heap[parent], _heap[i]))
            {
                break;
            }

            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
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
            if (right < Count && VectorHit.Better(_heap[left], _heap[right]))
            {
                worst = right;
            }

            if (!VectorHit.Better(_heap[i], _heap[worst]))
            {
                return;
            }

            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
