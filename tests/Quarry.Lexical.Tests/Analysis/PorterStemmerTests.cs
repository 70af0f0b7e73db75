using Xunit;
using Quarry.Lexical.Analysis.Stemming;

namespace Quarry.Lexical.Tests.Analysis;

/// <summary>The examples of Porter (1980), "An algorithm for suffix stripping", step by step, and whole stems.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("tr", 0)]
    [InlineData("ee", 0)]
    [InlineData("tree", 0)]
    [InlineData("y", 0)]
    [InlineData("by", 0)]
    [InlineData("trouble", 1)]
    [InlineData("oats", 1)]
    [InlineData("trees", 1)]
    [InlineData("ivy", 1)]
    [InlineData("troubles", 2)]
    [InlineData("private", 2)]
    [InlineData("oaten", 2)]
    [InlineData("orrery", 2)]
    public void Measure_PaperExamples_MatchPaper(string word, int expected)
    {
        var w = new PorterStemmer.Word(word.ToCharArray());
        Assert.Equal(expected, w.MeasureOfWord());
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agree")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflate")]
    [InlineData("troubled", "trouble")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    public void Step1ab_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step1ab()));

    [Theory]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    public void Step1c_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step1c()));

    [Theory]
    [InlineData("relational", "relate")]
    [InlineData("conditional", "condition")]
    [InlineData("rational", "rational")]
    [InlineData("valenci", "valence")]
    [InlineData("hesitanci", "hesitance")]
    [InlineData("digitizer", "digitize")]
    [InlineData("conformabli", "conformable")]
    [InlineData("radicalli", "radical")]
    [InlineData("differentli", "different")]
    [InlineData("vileli", "vile")]
    [InlineData("analogousli", "analogous")]
    [InlineData("vietnamization", "vietnamize")]
    [InlineData("predication", "predicate")]
    [InlineData("operator", "operate")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decisive")]
    [InlineData("hopefulness", "hopeful")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensitive")]
    [InlineData("sensibiliti", "sensible")]
    public void Step2_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step2()));

    [Theory]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electriciti", "electric")]
    [InlineData("electrical", "electric")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    public void Step3_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step3()));

    [Theory]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("homologou", "homolog")]
    [InlineData("communism", "commun")]
    [InlineData("activate", "activ")]
    [InlineData("angulariti", "angular")]
    [InlineData("homologous", "homolog")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    public void Step4_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step4()));

    [Theory]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    public void Step5_PaperExamples_MatchPaper(string word, string expected) =>
        Assert.Equal(expected, Apply(word, static (ref PorterStemmer.Word w) => w.Step5()));

    [Theory]
    [InlineData("connect", "connect")]
    [InlineData("connected", "connect")]
    [InlineData("connecting", "connect")]
    [InlineData("connection", "connect")]
    [InlineData("connections", "connect")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    public void Stem_PaperConflations_GiveOneStem(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("is")]
    [InlineData("as")]
    [InlineData("a")]
    [InlineData("")]
    public void Stem_TwoCharsOrFewer_Unchanged(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("ies", "i")]
    [InlineData("aed", "a")]
    [InlineData("ion", "ion")]
    [InlineData("2000s", "2000")]
    [InlineData("logic", "logic")]
    [InlineData("archaeology", "archaeolog")]
    public void Stem_LuceneEdgeCases_HandledLikeRelease3(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    private delegate void Step(ref PorterStemmer.Word word);

    private static string Apply(string word, Step step)
    {
        var w = new PorterStemmer.Word(word.ToCharArray());
        step(ref w);
        return new string(w.Current);
    }
}
