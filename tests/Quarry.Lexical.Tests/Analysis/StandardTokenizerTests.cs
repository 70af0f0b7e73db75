using Xunit;
using Quarry.Lexical.Analysis.Tokenization;

namespace Quarry.Lexical.Tests.Analysis;

/// <summary>UAX#29 word boundaries as Lucene 9's StandardTokenizer draws them.</summary>
public sealed class StandardTokenizerTests
{
    [Theory]
    [InlineData("The quick brown fox.", "The|quick|brown|fox")]
    [InlineData("U.S.A. and e.g. 3.14 1,000,000", "U.S.A|and|e.g|3.14|1,000,000")]
    [InlineData("can't won't John's", "can't|won't|John's")]
    [InlineData("foo_bar __init__ a-b a/b", "foo_bar|__init__|a|b|a|b")]
    [InlineData("wi-fi, 2.4GHz 4x4 a.5", "wi|fi|2.4GHz|4x4|a|5")]
    [InlineData("end.Start x:y 10:30", "end.Start|x:y|10|30")]
    [InlineData("'quoted' \"double\" (paren)", "quoted|double|paren")]
    [InlineData("email@example.com http://a.b/c?d=1", "email|example.com|http|a.b|c|d|1")]
    public void Tokenize_LatinText_SplitsOnWordBoundaries(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("abc\u0301d x", "abc\u0301d|x")]
    [InlineData("ab\u00E9c\u00A0def", "ab\u00E9c|def")]
    [InlineData("end_ 42_x a'b' q.", "end_|42_x|a'b|q")]
    [InlineData("x\ty\nz\u0000w", "x|y|z|w")]
    public void Tokenize_AsciiWordBesideOtherChars_FollowsTheGeneralRules(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Â© 2015 ®Brand™", "Â|©|2015|®|Brand|™")]
    [InlineData("thumbs👍🏽up", "thumbs|👍🏽|up")]
    [InlineData("👨\u200D👩\u200D👧 family", "👨\u200D👩\u200D👧|family")]
    [InlineData("🇺🇸🇫🇷", "🇺🇸|🇫🇷")]
    [InlineData("1\uFE0F\u20E3 #\u20E3", "1\uFE0F\u20E3|#\u20E3")]
    [InlineData("☕\uFE0F!", "☕\uFE0F")]
    public void Tokenize_Emoji_AreTokensOfTheirOwn(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("日本語", "日|本|語")]
    [InlineData("ひらがな", "ひ|ら|が|な")]
    [InlineData("カタカナ語", "カタカナ|語")]
    [InlineData("한국어 텍스트", "한국어|텍스트")]
    [InlineData("ภาษาไทย ok", "ภาษาไทย|ok")]
    [InlineData("café naïve", "café|naïve")]
    [InlineData("e\u0301t\u00E9", "e\u0301t\u00E9")]
    [InlineData("\u0301abc", "abc")]
    public void Tokenize_OtherScripts_FollowLuceneRules(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("\u05D0'", "\u05D0'")]
    [InlineData("\u05D0\"\u05D1", "\u05D0\"\u05D1")]
    [InlineData("a.\u05D1'", "a.\u05D1")]
    [InlineData("a\u05D1'", "a\u05D1'")]
    [InlineData("\u05D0\"\u05D1'", "\u05D0\"\u05D1")]
    [InlineData("\u05D0\"\u05D1.c", "\u05D0\"\u05D1|c")]
    [InlineData("a_\u05D0'", "a_\u05D0'")]
    public void Tokenize_HebrewQuotes_FollowWB7abc(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenize_ThaiWithCombiningMark_KeepsMarkAsLucene9()
    {
        Assert.Equal("\u0E01\u0301\u0E32", Tokens("\u0E01\u0301\u0E32"));
    }

    [Fact]
    public void Tokenize_TokenLongerThan255_IsCutIntoPiecesOf255()
    {
        string text = "x " + new string('a', 600) + " y";
        var tokens = Tokens(text).Split('|');
        Assert.Equal(["x", new string('a', 255), new string('a', 255), new string('a', 90), "y"], tokens);
    }

    [Fact]
    public void Tokenize_LongTokenCutAtPunctuation_KeepsLongestMatchWithinLimit()
    {
        // "a.b" words joined by MidNumLet: the cut falls at the last complete match inside the first 255 chars.
        string word = string.Join('.', Enumerable.Repeat("ab", 100)); // 299 chars
        var tokens = Tokens(word).Split('|');
        Assert.Equal(string.Concat(tokens.Select(t => t + ".")).TrimEnd('.'), word);
        Assert.All(tokens, t => Assert.True(t.Length <= StandardTokenizer.MaxTokenLength));
        Assert.Equal(254, tokens[0].Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--- ... !!!")]
    public void Tokenize_NoWordCharacters_GivesNoTokens(string text) => Assert.Equal("", Tokens(text));

    [Fact]
    public void Tokenize_UnpairedSurrogate_IsSkippedAndSplits()
    {
        Assert.Equal("ab|cd", Tokens("ab\uD800cd"));
    }

    [Fact]
    public void Tokenize_Offsets_PointIntoText()
    {
        var tokenizer = new StandardTokenizer("  hello, world");
        Assert.True(tokenizer.MoveNext());
        Assert.Equal((2, 5), (tokenizer.Start, tokenizer.Length));
        Assert.True(tokenizer.MoveNext());
        Assert.Equal((9, 5), (tokenizer.Start, tokenizer.Length));
        Assert.False(tokenizer.MoveNext());
    }

    private static string Tokens(string text)
    {
        var parts = new List<string>();
        var tokenizer = new StandardTokenizer(text);
        while (tokenizer.MoveNext())
        {
            parts.Add(new string(tokenizer.Current));
        }

        return string.Join('|', parts);
    }
}
