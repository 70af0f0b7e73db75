using Quarry.Mining.Filters;
using Xunit;

namespace Quarry.Mining.Tests.Filters;

public sealed class DuplicateTestTests
{
    private const string Positive =
        "The Manhattan Project was a research and development undertaking during World War II that produced the first nuclear weapons. " +
        "It was led by the United States with the support of the United Kingdom and Canada.";

    [Fact]
    public void Classify_SameTextDifferentCaseSpacingPunctuation_IsExact()
    {
        string candidate = "the manhattan project was a research and development undertaking during world war ii, that produced the first nuclear weapons " +
            "--  it was led by the UNITED STATES with the support of the united kingdom and canada";
        Assert.Equal(DuplicateKind.Exact, Classify(candidate, 0.9));
    }

    [Fact]
    public void Classify_OneWordAppended_IsNearAtDefaultThreshold()
    {
        // 35 words -> 33 shingles; appending one word adds one shingle: Jaccard 33/34 = 0.971.
        Assert.Equal(DuplicateKind.Near, Classify(Positive + " Indeed.", 0.9));
    }

    [Fact]
    public void Classify_OneWordAppended_NotNearWhenThresholdAboveJaccard()
    {
        Assert.Equal(DuplicateKind.None, Classify(Positive + " Indeed.", 0.98));
    }

    [Fact]
    public void Classify_NearTestDisabled_OnlyExactCounts()
    {
        Assert.Equal(DuplicateKind.None, Classify(Positive + " Indeed.", 2.0));
        Assert.Equal(DuplicateKind.Exact, Classify(Positive.ToUpperInvariant(), 2.0));
    }

    [Fact]
    public void Classify_UnrelatedPassage_IsNone()
    {
        Assert.Equal(DuplicateKind.None, Classify("Berlin is well known for its museums and its long history as a capital city.", 0.5));
    }

    [Fact]
    public void Jaccard_HalfTheShinglesShared_IsOneThird()
    {
        // a b c d -> {abc, bcd}; b c d e -> {bcd, cde}: 1 shared of 3.
        var x = TextFingerprint.Of("a b c d", 3);
        var y = TextFingerprint.Of("b c d e", 3);
        Assert.Equal(1.0 / 3.0, TextFingerprint.Jaccard(x, y), 12);
    }

    [Fact]
    public void Fingerprint_WordBoundaryMatters_NotJustCharacters()
    {
        Assert.NotEqual(TextFingerprint.Of("ab c", 3).ExactHash, TextFingerprint.Of("a bc", 3).ExactHash);
    }

    private static DuplicateKind Classify(string candidate, double threshold) =>
        DuplicateTest.Classify(TextFingerprint.Of(candidate, 3), [TextFingerprint.Of(Positive, 3)], threshold);
}
