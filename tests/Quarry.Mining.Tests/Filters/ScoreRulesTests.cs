using Quarry.Mining.Filters;
using Xunit;

namespace Quarry.Mining.Tests.Filters;

/// <summary>
/// Worked example of sentence-transformers' mine_hard_negatives rules (util/hard_negatives.py):
/// absolute: removed when score + margin &gt; min positive; relative: removed when score &gt; min positive * (1 - r);
/// max_score: removed when score &gt; max. Values are dyadic so the boundaries are exact in binary.
/// Positives score 10 and 8, so the minimum positive score is 8.
/// </summary>
public sealed class ScoreRulesTests
{
    private const double MinPositive = 8.0;

    [Theory]
    [InlineData(6.5, true)]   // 6.5 + 2 = 8.5 > 8
    [InlineData(6.0, false)]  // 6 + 2 = 8, not > 8: kept at exactly the margin
    [InlineData(5.0, false)]
    public void AbsoluteMargin_WorkedExample_MatchesSentenceTransformers(double score, bool dropped) =>
        Assert.Equal(dropped, ScoreRules.FailsAbsoluteMargin(score, MinPositive, 2.0));

    [Theory]
    [InlineData(6.5, true)]   // 8 * (1 - 0.25) = 6; 6.5 > 6
    [InlineData(6.0, false)]  // equal: kept
    [InlineData(5.0, false)]
    public void RelativeMargin_WorkedExample_MatchesSentenceTransformers(double score, bool dropped) =>
        Assert.Equal(dropped, ScoreRules.FailsRelativeMargin(score, MinPositive, 0.25));

    [Fact]
    public void RelativeMargin_NegativeMinPositive_UsesSameFormula()
    {
        // min positive -4, r = 0.5: threshold -4 * 0.5 = -2; st keeps only scores <= -2 (even though that is "above" -4).
        Assert.True(ScoreRules.FailsRelativeMargin(-1.0, -4.0, 0.5));
        Assert.False(ScoreRules.FailsRelativeMargin(-2.0, -4.0, 0.5));
    }

    [Theory]
    [InlineData(6.5, true)]
    [InlineData(6.0, false)]  // st: scores > max_score are removed; equal is kept
    public void MaxScore_Boundary_IsStrict(double score, bool dropped) =>
        Assert.Equal(dropped, ScoreRules.FailsMaxScore(score, 6.0));
}
