using System.Text.Json;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Mine;

/// <summary>
/// The cross-encoder path end to end with the tiny random-weight DistilBERT (its scores mean nothing, but it is a real
/// ONNX graph scored through the real tokenizer): thresholds that must keep everything or drop everything.
/// </summary>
public sealed class MineCrossEncoderTests
{
    private static string Model => SharedData.Path("models/tiny-random-distilbert-classification-onnx");

    private static string Tokenizer => SharedData.Path("models/tokenizers/bert-base-uncased");

    [Fact]
    public void Mine_HugeMarginWithTinyModel_DropsEveryScoredCandidateByMargin()
    {
        using var f = new MineFixture("dl20");
        string report = f.File("r.json");
        // Two-logit model: scores are probabilities in [0, 1], so score + 2 > any positive score always holds.
        var result = CliProcess.Run(f.Args(f.File("o.tsv"), "--depth", "10", "--cross-encoder", Model, "--tokenizer", Tokenizer,
            "--margin", "2", "--report-json", report));
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        var root = doc.RootElement;
        Assert.Equal(0, root.GetProperty("negatives_emitted").GetInt64());
        long margin = root.GetProperty("candidates_dropped").GetProperty("margin").GetInt64();
        Assert.True(margin > 0);
        Assert.Equal(root.GetProperty("queries_processed").GetInt64() - root.GetProperty("queries_dropped").GetProperty("positive_text_missing").GetInt64(),
            root.GetProperty("queries_dropped").GetProperty("no_candidates_left").GetInt64());
        Assert.Equal(0, new FileInfo(f.File("o.tsv")).Length);
    }

    [Fact]
    public void Mine_MaxScoreAboveOneWithTinyModel_KeepsEverything()
    {
        using var f = new MineFixture("dl20");
        string report = f.File("r.json");
        var result = CliProcess.Run(f.Args(f.File("o.tsv"), "--depth", "10", "--cross-encoder", Model, "--tokenizer", Tokenizer,
            "--max-score", "1.5", "--report-json", report));
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(0, doc.RootElement.GetProperty("candidates_dropped").GetProperty("max_score").GetInt64());
        Assert.True(doc.RootElement.GetProperty("negatives_emitted").GetInt64() > 0);
        Assert.Contains("cross-encoder max score", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_CrossEncoderWithoutThreshold_IsAUsageError()
    {
        using var f = new MineFixture("dl20");
        var result = CliProcess.Run(f.Args(f.File("o.tsv"), "--cross-encoder", Model));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cross-encoder needs at least one of --max-score, --margin or --relative-margin", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_BiEncoderThatIsAClassifier_OneLineErrorNoStackTrace()
    {
        using var f = new MineFixture("dl20");
        var result = CliProcess.Run(f.Args(f.File("o.tsv"), "--bi-encoder", Model, "--tokenizer", Tokenizer, "--max-similarity", "0.9"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a bi-encoder needs", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }
}
