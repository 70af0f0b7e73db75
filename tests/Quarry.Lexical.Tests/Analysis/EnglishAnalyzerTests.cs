using Xunit;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Analysis.Filters;

namespace Quarry.Lexical.Tests.Analysis;

/// <summary>The whole chain: possessives, lower-casing, stop words, stemming and the options that switch them.</summary>
public sealed class EnglishAnalyzerTests
{
    [Theory]
    [InlineData("John's dog", "john dog")]
    [InlineData("JOHN'S", "john")]
    [InlineData("John\u2019s and Mary\uFF07s", "john mari")]
    [InlineData("the students' books", "student book")]
    [InlineData("it's", "")]
    public void Analyze_Possessives_AreDropped(string text, string expected) =>
        Assert.Equal(expected, Terms(new EnglishAnalyzer(), text));

    [Fact]
    public void Analyze_StopWords_AreRemovedAfterLowerCasing()
    {
        Assert.Equal("quick fox", Terms(new EnglishAnalyzer(), "The QUICK fox IS in THE"));
    }

    [Fact]
    public void StopWords_Set_HasLucenes33Words()
    {
        Assert.Equal(33, EnglishStopWords.Words.Count);
        Assert.True(EnglishStopWords.Contains("their"));
        Assert.False(EnglishStopWords.Contains("The"));
        Assert.False(EnglishStopWords.Contains("have"));
    }

    [Fact]
    public void Analyze_KeepStopwords_KeepsThemStemmed()
    {
        var analyzer = new EnglishAnalyzer(new AnalyzerOptions { RemoveStopwords = false });
        Assert.Equal("the quick fox is in the", Terms(analyzer, "The QUICK fox IS in THE"));
    }

    [Fact]
    public void Analyze_NoStemmer_KeepsWholeWords()
    {
        var analyzer = new EnglishAnalyzer(new AnalyzerOptions { Stem = false });
        Assert.Equal("running connections", Terms(analyzer, "The Running connections"));
        Assert.Equal("run connect", Terms(new EnglishAnalyzer(), "The Running connections"));
    }

    [Fact]
    public void Analyze_Mojibake_KeepsCopyrightSignAsTerm()
    {
        Assert.Equal("â © 2015 ® brand ™", Terms(new EnglishAnalyzer(), "Â© 2015 ®Brand™"));
    }

    [Theory]
    [InlineData("ΣΊΣΥΦΟΣ", "σίσυφοσ")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ÀÉÎ", "àéî")]
    [InlineData("𐐀𐐁", "𐐨𐐩")]
    public void Analyze_NonAscii_LowerCasedWithSimpleMappings(string text, string expected)
    {
        var analyzer = new EnglishAnalyzer(new AnalyzerOptions { Stem = false });
        Assert.Equal(expected, Terms(analyzer, text));
    }

    [Fact]
    public void Analyze_AppendsToExistingList()
    {
        var terms = new List<string> { "seed" };
        new EnglishAnalyzer().Analyze("cats", terms);
        Assert.Equal(["seed", "cat"], terms);
    }

    private static string Terms(EnglishAnalyzer analyzer, string text) => string.Join(' ', analyzer.Analyze(text));
}
