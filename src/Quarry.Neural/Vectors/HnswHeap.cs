namespace Quarry.Neural.Vectors;

/// <summary>Which of two hits sits nearer the root of a <see cref="HnswHeap{TOrder}"/>.</summary>
internal interface IHitOrder
{
    static abstract bool Above(VectorHit a, VectorHit b);
}

/// <summary>Best hit on top (score descending, ties by index ascending): the candidates still to expand.</summary>
internal readonly struct BestOnTop : IHitOrder
{
    public static bool Above(VectorHit a, VectorHit b) => VectorHit.Better(a, b);
}

/// <summary>Worst hit on top: the ef results kept so far, whose root is the one a newcomer must beat.</summary>
internal readonly struct WorstOnTop : IHitOrder
{
    public static bool Above(VectorHit a, VectorHit b) => VectorHit.Better(b, a);
}

/// <summary>
/// Binary heap of hits for graph search, reused across queries (no allocation once grown). Ordered by the total order of
/// <see cref="VectorHit.Compare"/>, so ties are broken the same way every run. The order is a struct type argument, so
/// the JIT compiles each heap with its comparison inlined.
/// </summary>
internal sealed class HnswHeap<TOrder>
    where TOrder : struct, IHitOrder
{
    private VectorHit[] _items;

    public HnswHeap(int capacity) => _items = new VectorHit[Math.Max(16, capacity)];

    public int Count { get; private set; }

    /// <summary>The root (best or worst, by TOrder); only valid when Count > 0.</summary>
    public VectorHit Top => _items[0];

    /// <summary>The hits held, in heap (not sorted) order.</summary>
    public ReadOnlySpan<VectorHit> Items => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Push(VectorHit hit)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var items = _items;
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!TOrder.Above(hit, items[parent]))
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = hit;
    }

    public VectorHit Pop()
    {
        var top = _items[0];
        int last = --Count;
        if (last > 0)
        {
            SiftDown(_items[last], last);
        }

        return top;
    }

    /// <summary>Pop and push in one sift: the root leaves, <paramref name="hit"/> takes its place.</summary>
    public void ReplaceTop(VectorHit hit) => SiftDown(hit, Count);

    private void SiftDown(VectorHit hit, int count)
    {
        var items = _items;
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && TOrder.Above(items[child + 1], items[child]))
            {
                child++;
            }

            if (!TOrder.Above(items[child], hit))
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        items[i] = hit;
    }
}
