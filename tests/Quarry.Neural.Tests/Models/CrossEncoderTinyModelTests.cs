using Quarry.Data.IO;
using Quarry.Neural.Models;
using Quarry.Neural.Reranking;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Models;

/// <summary>Cross-encoder plumbing on the tiny random DistilBERT classifier (2 logits, random weights).</summary>
public sealed class CrossEncoderTinyModelTests
{
    private static CrossEncoder LoadTiny(int batchSize = 32) => CrossEncoder.Load(
        SharedData.Path("models/tiny-random-distilbert-classification-onnx"),
        new CrossEncoderOptions { Tokenizer = SharedData.Path("models/tokenizers/bert-base-uncased"), BatchSize = batchSize, MaxLength = 128 });

    [Fact]
    public void Logits_FifteenTokenPair_MatchReferenceLogits()
    {
        using var model = LoadTiny();
        var pair = model.Tokenizer.EncodePair("how many people live in berlin?", "berlin is a big city", 128);
        Assert.Equal(15, pair.Ids.Length);
        float[] logits = model.Logits([pair], out int labels);
        Assert.Equal(2, labels);
        Assert.Equal(0.00032f, logits[0], 0.00001f);
        Assert.Equal(-0.00020f, logits[1], 0.00001f);
    }

    [Fact]
    public void Score_TwoLogits_SoftmaxOfSecondClass()
    {
        using var model = LoadTiny();
        var pair = model.Tokenizer.EncodePair("query", "passage", 128);
        float[] logits = model.Logits([pair], out _);
        float expected = MathF.Exp(logits[1]) / (MathF.Exp(logits[0]) + MathF.Exp(logits[1]));
        Assert.Equal(expected, model.ScoreTokenized([pair])[0], 1e-7f);
    }

    [Fact]
    public void Score_BatchSizes_GiveSameScores()
    {
        var passages = Tokenization.TokenizationParityTests.FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 40);
        var pairs = passages.Select(p => ("what is the definition of a passage", p.Text)).ToList();
        using var one = LoadTiny(batchSize: 1);
        using var many = LoadTiny(batchSize: 16);
        float[] a = one.Score(pairs);
        float[] b = many.Score(pairs);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i], b[i], 1e-6f);
        }

    }

    [Fact]
    public void Rerank_Candidates_SortedByScoreDescending()
    {
        using var model = LoadTiny();
        RerankCandidate[] hits = [new("a", "berlin is big"), new("b", "paris is old"), new("c", "the moon"), new("d", "berlin")];
        var ranked = model.Rerank("berlin population", hits);
        Assert.Equal(4, ranked.Count);
        Assert.Equal(hits.Select(h => h.DocId).Order(), ranked.Select(r => r.DocId).Order());
        for (int i = 1; i < ranked.Count; i++)
        {
            Assert.True(ranked[i - 1].Score >= ranked[i].Score);
        }
    }

    [Fact]
    public void Load_FolderWithoutTokenizer_ClearError()
    {
        var ex = Assert.Throws<InputFormatException>(() => CrossEncoder.Load(SharedData.Path("models/tiny-random-distilbert-classification-onnx")));
        Assert.Contains("no tokenizer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutOnnx_ClearError()
    {
        using var dir = new TempDir();
        File.Copy(SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"), dir.File("vocab.txt"));
        var ex = Assert.Throws<InputFormatException>(() => CrossEncoder.Load(dir.Path));
        Assert.Contains("no ONNX graph", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ClassifierAsBiEncoder_RejectsOutputs()
    {
        var ex = Assert.Throws<InputFormatException>(() => BiEncoder.Load(
            SharedData.Path("models/tiny-random-distilbert-classification-onnx"),
            new BiEncoderOptions { Tokenizer = SharedData.Path("models/tokenizers/bert-base-uncased") }));
        Assert.Contains("bi-encoder", ex.Message, StringComparison.Ordinal);
    }
}
