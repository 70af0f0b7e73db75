using Quarry.Lexical.Scoring;
using Xunit;

namespace Quarry.Lexical.Tests.Scoring;

/// <summary>The scoring contract every similarity keeps: finite, monotone in tf and length, equal to its explanation.</summary>
public sealed class Bm25SimilarityContractTests
{
    private static readonly Bm25Similarity[] Similarities =
    [
        new(new Bm25Options(), 8_841_823, 352_316_036),
        new(new Bm25Options { K1 = 1.2f, B = 0.75f }, 1000, 5000),
        new(new Bm25Options { ExactLengths = true }, 30_000, 1_100_000),
        new(new Bm25Options { K1 = 0f, B = 0f }, 10, 10),
    ];

    [Fact]
    public void Score_AcrossTfAndLengths_IsFiniteAndMonotone()
    {
        foreach (var sim in Similarities)
        {
            foreach (long df in new long[] { 1, 7, 1000 })
            {
                float weight = sim.Weight(2f, Math.Min(df, sim.DocumentCount));
                for (int length = 1; length < 3000; length += 37)
                {
                    float previous = float.NegativeInfinity;
                    for (int tf = 1; tf < 200; tf++)
                    {
                        float s = Bm25Similarity.Score(weight, tf, sim.FactorFor(length));
                        Assert.True(float.IsFinite(s) && s >= 0);
                        Assert.True(s >= previous, $"score fell as tf rose to {tf}");
                        Assert.True(Bm25Similarity.Score(weight, tf, sim.FactorFor(length + 37)) <= s, "score rose with length");
                        previous = s;
                    }
                }
            }
        }
    }

    [Fact]
    public void Explain_AnyInput_HasTheScoreAsItsValue()
    {
        var sim = Similarities[0];
        var e = sim.Explain("hello", 1f, 1234, 3, 57);
        float expected = Bm25Similarity.Score(sim.Weight(1f, 1234), 3, sim.FactorFor(57));
        Assert.Equal(expected, e.Value);
        Assert.Contains(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Description);
        Assert.Contains("stored as 56", e.Description);
    }

    [Fact]
    public void AverageLength_FullMsMarco_IsAnserinisFloat()
    {
        // Anserini's full MS MARCO index: N = 8,841,823, 352,316,036 tokens, avgdl 39.84654 as a float.
        Assert.Equal(39.84654f, Similarities[0].AverageLength);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bm25Similarity(new Bm25Options { B = 1.5f }, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bm25Similarity(new Bm25Options { K1 = float.NaN }, 1, 1));
    }
}
