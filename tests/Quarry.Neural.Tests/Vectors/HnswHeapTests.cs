using Quarry.Neural.Vectors;
using Xunit;

namespace Quarry.Neural.Tests.Vectors;

public sealed class HnswHeapTests
{
    private static VectorHit[] Hits(int count, int seed)
    {
        var rng = new Random(seed);
        // scores from a few values, so ties (broken by index) are common
        return [.. Enumerable.Range(0, count).Select(i => new VectorHit(i, rng.Next(0, 8) / 4f)).OrderBy(_ => rng.Next())];
    }

    [Fact]
    public void BestOnTop_PopsInVectorHitCompareOrder()
    {
        var hits = Hits(300, 1);
        var heap = new HnswHeap<BestOnTop>(4); // grows past its first capacity
        foreach (var hit in hits)
        {
            heap.Push(hit);
        }

        var popped = new List<VectorHit>();
        while (heap.Count > 0)
        {
            popped.Add(heap.Pop());
        }

        Assert.Equal(hits.Order(Comparer<VectorHit>.Create(VectorHit.Compare)), popped);
    }

    [Fact]
    public void WorstOnTop_ReplaceTop_KeepsTheBestK()
    {
        var hits = Hits(500, 2);
        const int k = 37;
        var heap = new HnswHeap<WorstOnTop>(k);
        foreach (var hit in hits)
        {
            if (heap.Count < k)
            {
                heap.Push(hit);
            }
            else if (VectorHit.Better(hit, heap.Top))
            {
                heap.ReplaceTop(hit);
            }
        }

        var expected = hits.Order(Comparer<VectorHit>.Create(VectorHit.Compare)).Take(k).Reverse().ToList();
        var popped = new List<VectorHit>();
        while (heap.Count > 0)
        {
            popped.Add(heap.Pop());
        }

        Assert.Equal(expected, popped);
    }
}
