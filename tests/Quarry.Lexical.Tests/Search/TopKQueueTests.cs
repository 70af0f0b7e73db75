using Quarry.Lexical.Search;
using Xunit;

namespace Quarry.Lexical.Tests.Search;

/// <summary>The queue against a full sort: random offers with many equal scores, k below, at and above the offers, and more ties than the tie list holds.</summary>
public sealed class TopKQueueTests
{
    [Theory]
    [InlineData(1, 1, 50)]
    [InlineData(2, 10, 5)]
    [InlineData(3, 10, 10)]
    [InlineData(4, 37, 5000)]
    [InlineData(5, 1000, 20000)]
    [InlineData(6, 2000, 2001)]
    [InlineData(7, 10, 50000)] // about 1,250 documents tie at the best score: the tie list is settled on the way
    [InlineData(8, 1500, 100000)]
    public unsafe void Drain_RandomTiedOffers_EqualsSortedPrefix(int seed, int k, int offers)
    {
        var random = new Random(seed);
        // Ranks: a permutation, as the id map gives.
        int[] rank = Enumerable.Range(0, offers).OrderBy(_ => random.Next()).ToArray();
        float[] score = Enumerable.Range(0, offers).Select(_ => random.Next(4) == 0 ? 0f : random.Next(30) / 7f).ToArray();
        fixed (int* ranks = rank)
        {
            var queue = new TopKQueue(k, ranks);
            foreach (int doc in Enumerable.Range(0, offers).OrderBy(_ => random.Next()))
            {
                queue.Offer(doc, score[doc]);
            }

            var expected = Enumerable.Range(0, offers).OrderByDescending(d => score[d]).ThenBy(d => rank[d]).Take(k)
                .Select(d => (d, score[d])).ToArray();
            Assert.Equal(expected, queue.Drain());
            Assert.Equal(0, queue.Count);
        }
    }

    [Fact]
    public unsafe void Threshold_AfterKOffers_NeverAboveTheKthBest()
    {
        var random = new Random(9);
        int[] rank = Enumerable.Range(0, 5000).ToArray();
        fixed (int* ranks = rank)
        {
            var queue = new TopKQueue(100, ranks);
            var seen = new List<float>();
            for (int doc = 0; doc < 5000; doc++)
            {
                float s = (float)random.NextDouble();
                seen.Add(s);
                queue.Offer(doc, s);
                if (seen.Count >= 100)
                {
                    float kth = seen.OrderByDescending(x => x).ElementAt(99);
                    Assert.True(queue.Threshold <= kth);
                }
                else
                {
                    Assert.Equal(float.NegativeInfinity, queue.Threshold);
                }
            }
        }
    }
}
