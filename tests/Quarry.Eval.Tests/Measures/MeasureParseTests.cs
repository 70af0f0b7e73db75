using Xunit;

namespace Quarry.Eval.Tests.Measures;

public sealed class MeasureParseTests
{
    [Theory]
    [InlineData("nDCG@10", "ndcg_cut.10")]
    [InlineData("AP", "map")]
    [InlineData("R@1000", "recall.1000")]
    [InlineData("P@10", "P.10")]
    [InlineData("Success@10", "success.10")]
    [InlineData("RR", "recip_rank")]
    [InlineData("Judged@10", "judged.10")]
    [InlineData("AP@100", "map_cut.100")]
    [InlineData("Rprec", "Rprec")]
    public void Parse_IrMeasuresAndTrecEvalNames_GiveEqualValues(string irName, string trecName)
    {
        var a = Measure.Parse(irName);
        var b = Measure.Parse(trecName);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Parse_RrAt10_IsRecipRankAtDepth10NotPlainRecipRank()
    {
        var rr10 = Measure.Parse("RR@10");

        Assert.Equal("recip_rank", rr10.TrecName);
        Assert.Equal(10, rr10.Depth);
        Assert.Null(rr10.Parameter);
        Assert.NotEqual(Measure.Parse("recip_rank"), rr10);
    }

    [Fact]
    public void Parse_RelParameter_SetsRelevanceLevel()
    {
        var ap2 = Measure.Parse("AP(rel=2)");

        Assert.Equal("map", ap2.TrecName);
        Assert.Equal(2, ap2.RelevanceLevel);
        Assert.NotEqual(Measure.Parse("AP"), ap2);
    }

    [Theory]
    [InlineData("RR@10", "RR@10")]
    [InlineData("recip_rank", "RR")]
    [InlineData("ndcg_cut.10", "nDCG@10")]
    [InlineData("map", "AP")]
    [InlineData("AP(rel=2)", "AP(rel=2)")]
    [InlineData("recall.1000", "R@1000")]
    [InlineData("P.10", "P@10")]
    [InlineData("judged.10", "Judged@10")]
    [InlineData("bpref", "Bpref")]
    [InlineData("infAP", "infAP")]
    [InlineData("ndcg_cut.010", "nDCG@10")]
    public void ToString_AnySpelling_GivesCanonicalName(string input, string canonical)
    {
        Assert.Equal(canonical, Measure.Parse(input).ToString());
    }

    [Fact]
    public void Parse_CanonicalName_RoundTrips()
    {
        foreach (string name in new[] { "RR@10", "nDCG@10", "AP", "AP(rel=2)", "R@1000", "P@10", "Judged@10", "Success@5", "R(rel=2)@100" })
        {
            Assert.Equal(name, Measure.Parse(Measure.Parse(name).ToString()).ToString());
        }
    }

    [Theory]
    [InlineData("MRR10")]
    [InlineData("ndcg_cutt.10")]
    [InlineData("foo@10")]
    public void Parse_UnknownName_ThrowsListingAcceptedNames(string name)
    {
        var ex = Assert.Throws<FormatException>(() => Measure.Parse(name));

        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("accepted", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RR@10", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("P.5,10")]
    [InlineData("R")]
    [InlineData("RR@0")]
    [InlineData("map.5")]
    [InlineData("AP(foo=1)")]
    public void Parse_MalformedOrMultiValued_Throws(string name)
    {
        Assert.Throws<FormatException>(() => Measure.Parse(name));
    }

    [Fact]
    public void TryParse_Unknown_ReturnsFalse()
    {
        Assert.False(Measure.TryParse("nope", out var m));
        Assert.Null(m);
        Assert.True(Measure.TryParse("nDCG@10", out var n));
        Assert.Equal("ndcg_cut", n!.TrecName);
    }
}
