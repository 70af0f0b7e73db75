using Quarry.Neural.Tokenization;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Tokenization;

/// <summary>Behaviour of the tokenizer on hand-made vocabularies and inputs.</summary>
public sealed class WordPieceTokenizerTests
{
    private static readonly string[] Vocab =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "un", "##aff", "##able", "run", "##ning", ",", "!", "cafe", "Cafe", "a", "b", "c"];

    private static WordPieceTokenizer Tiny(bool lowercase = true) => new(Vocab, new WordPieceOptions { Lowercase = lowercase });

    [Fact]
    public void Encode_GreedyLongestMatch_SplitsIntoPieces()
    {
        Assert.Equal([2, 5, 6, 7, 10, 8, 9, 11, 3], Tiny().Encode("Unaffable, RUNNING!"));
    }

    [Fact]
    public void Encode_UnmatchedTail_MakesWholeWordUnknown()
    {
        Assert.Equal([2, 1, 8, 3], Tiny().Encode("unaffx run"));
    }

    [Fact]
    public void Encode_AccentsAndCase_StrippedWhenUncased()
    {
        Assert.Equal([2, 12, 3], Tiny().Encode("CAFÉ"));
        Assert.Equal([2, 13, 3], Tiny(lowercase: false).Encode("Cafe"));
        Assert.Equal([2, 1, 3], Tiny(lowercase: false).Encode("Café"));
    }

    [Fact]
    public void Encode_ControlCharactersAndOddWhitespace_Dropped()
    {
        Assert.Equal([2, 14, 15, 3], Tiny().Encode("a\u0000\u0085\u00A0b\u200B"));
    }

    [Fact]
    public void Encode_LiteralSpecialToken_KeptAsItsId()
    {
        Assert.Equal([2, 14, 4, 15, 3], Tiny().Encode("a[MASK]b"));
    }

    [Fact]
    public void Encode_MaxLength_KeepsClsAndSep()
    {
        Assert.Equal([2, 14, 15, 3], Tiny().Encode("a b c a b c", maxLength: 4));
        Assert.Equal([2, 14, 15, 16], Tiny().Encode("a b c a b c", maxLength: 4, Truncation.CutSequence));
    }

    [Fact]
    public void Encode_WordOverCharLimit_IsUnknown()
    {
        var tok = new WordPieceTokenizer(Vocab, new WordPieceOptions { MaxInputCharsPerWord = 3 });
        Assert.Equal([2, 1, 8, 3], tok.Encode("cafe run"));
    }

    [Theory]
    [InlineData(3, 4, 10, 3, 4)]
    [InlineData(2, 20, 10, 2, 8)]
    [InlineData(20, 2, 10, 8, 2)]
    [InlineData(20, 20, 10, 5, 5)]
    [InlineData(20, 20, 11, 5, 6)]
    [InlineData(30, 20, 11, 6, 5)]
    public void LongestFirst_Lengths_FollowHuggingFaceRule(int a, int b, int budget, int keepA, int keepB)
    {
        Assert.Equal((keepA, keepB), WordPieceTokenizer.LongestFirst(a, b, budget));
    }

    [Fact]
    public void EncodePair_TokenTypes_ZeroThenOne()
    {
        var pair = Tiny().EncodePair("a b", "c", 16);
        Assert.Equal([2, 14, 15, 3, 16, 3], pair.Ids);
        Assert.Equal([0, 0, 0, 0, 1, 1], pair.TypeIds);
    }

    [Fact]
    public void Load_VocabTxtAndTokenizerJson_GiveSameIds()
    {
        var fromJson = TokenizerFiles.Load(SharedData.Path("models/tokenizers/bert-base-uncased/tokenizer.json"));
        var fromVocab = TokenizerFiles.Load(SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"));
        const string text = "Héllo, World! The quick brown fox's 3.5km run — naïve café, İstanbul ΣΊΣΥΦΟΣ 東京.";
        Assert.Equal(fromJson.Encode(text), fromVocab.Encode(text));
        Assert.Equal(30522, fromJson.VocabularySize);
    }

    [Fact]
    public void Load_FolderWithoutTokenizer_ClearError()
    {
        using var dir = new TempDir();
        var ex = Assert.Throws<Quarry.Data.IO.InputFormatException>(() => TokenizerFiles.Load(dir.Path));
        Assert.Contains("tokenizer.json or vocab.txt", ex.Message, StringComparison.Ordinal);
    }
}
