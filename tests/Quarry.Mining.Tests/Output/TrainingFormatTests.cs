using System.Text;
using Quarry.Mining.Output;
using Quarry.Mining.Pipeline;
using Xunit;

namespace Quarry.Mining.Tests.Output;

public sealed class TrainingFormatTests
{
    private static readonly MinedQuery Example = new(
        "q1",
        "what is \"x\"?",
        [new MinedPassage("p1", "pos one"), new MinedPassage("p2", "pos\ttwo é")],
        [new MinedPassage("n1", "neg one"), new MinedPassage("n2", "neg two")]);

    [Fact]
    public void TriplesIds_TwoPositivesTwoNegatives_FourLinesPositiveMajor()
    {
        Assert.Equal("q1\tp1\tn1\nq1\tp1\tn2\nq1\tp2\tn1\nq1\tp2\tn2\n", Render("triples-ids", out int lines));
        Assert.Equal(4, lines);
    }

    [Fact]
    public void TriplesText_TabInsideText_BecomesSpace()
    {
        string text = Render("triples-text", out _);
        Assert.StartsWith("what is \"x\"?\tpos one\tneg one\n", text, StringComparison.Ordinal);
        Assert.Contains("what is \"x\"?\tpos two é\tneg two\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagEmbedding_OneJsonLine()
    {
        Assert.Equal("{\"query\":\"what is \\\"x\\\"?\",\"pos\":[\"pos one\",\"pos\\ttwo é\"],\"neg\":[\"neg one\",\"neg two\"]}\n",
            Render("flagembedding", out int lines));
        Assert.Equal(1, lines);
    }

    [Fact]
    public void Tevatron_OneJsonLineWithDocidTitleText()
    {
        Assert.Equal(
            "{\"query_id\":\"q1\",\"query\":\"what is \\\"x\\\"?\"," +
            "\"positive_passages\":[{\"docid\":\"p1\",\"title\":\"\",\"text\":\"pos one\"},{\"docid\":\"p2\",\"title\":\"\",\"text\":\"pos\\ttwo é\"}]," +
            "\"negative_passages\":[{\"docid\":\"n1\",\"title\":\"\",\"text\":\"neg one\"},{\"docid\":\"n2\",\"title\":\"\",\"text\":\"neg two\"}]}\n",
            Render("tevatron", out _));
    }

    [Fact]
    public void SentenceTransformers_OneRowPerPositiveWithNumberedNegatives()
    {
        Assert.Equal(
            "{\"query\":\"what is \\\"x\\\"?\",\"positive\":\"pos one\",\"negative_1\":\"neg one\",\"negative_2\":\"neg two\"}\n" +
            "{\"query\":\"what is \\\"x\\\"?\",\"positive\":\"pos\\ttwo é\",\"negative_1\":\"neg one\",\"negative_2\":\"neg two\"}\n",
            Render("sentence-transformers", out int lines));
        Assert.Equal(2, lines);
        Assert.True(TrainingFormats.ByName("sentence-transformers")!.NeedsFullTuple);
    }

    [Fact]
    public void ByName_Unknown_IsNull() => Assert.Null(TrainingFormats.ByName("csv"));

    private static string Render(string format, out int lines)
    {
        var sb = new StringBuilder();
        lines = TrainingFormats.ByName(format)!.Append(Example, sb);
        return sb.ToString();
    }
}
