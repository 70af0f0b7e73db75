using Quarry.Neural.Models;
using Quarry.Neural.Tests.Onnx;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Models;

/// <summary>Graphs whose output is already one row per text: a pooled bi-encoder, and a one-logit cross-encoder.</summary>
public sealed class PooledOutputGraphTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // input_ids -> Gather(table) -> ReduceMean over the sequence -> [batch, width] under the given output name.
    private string BuildMeanGraph(string name, string output, float[] table, int width, bool tokenTypes)
    {
        string dir = _dir.File(name);
        Directory.CreateDirectory(dir);
        File.Copy(SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt"), Path.Combine(dir, "vocab.txt"));
        var g = new OnnxGraphBuilder()
            .Input("input_ids", OnnxType.Int64, "batch", "sequence")
            .Input("attention_mask", OnnxType.Int64, "batch", "sequence");
        if (tokenTypes)
        {
            g.Input("token_type_ids", OnnxType.Int64, "batch", "sequence");
        }

        g.Initializer("table", table, 30522, width)
            .Node("Gather", ["table", "input_ids"], ["tokens"], ("axis", 0))
            .Node("ReduceMean", ["tokens"], [output], ("axes", new long[] { 1 }), ("keepdims", 0))
            .Output(output, OnnxType.Float, "batch", width);
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), g.Build());
        return dir;
    }

    [Fact]
    public void BiEncoder_SentenceEmbeddingOutput_UsedWithoutPooling()
    {
        float[] table = TestEncoders.Weights(3, 30522 * 4, 1f);
        using var encoder = BiEncoder.Load(BuildMeanGraph("pooled", "sentence_embedding", table, 4, tokenTypes: false));
        Assert.Equal("sentence_embedding", encoder.OutputName);
        int[] ids = encoder.Tokenize("graph pools", isQuery: false);
        float[] v = encoder.Encode(["graph pools"], isQuery: false)[0];
        for (int k = 0; k < 4; k++)
        {
            Assert.Equal(ids.Average(id => table[(id * 4) + k]), v[k], 1e-5);
        }
    }

    [Fact]
    public void CrossEncoder_OneLogit_RawOrSigmoid()
    {
        float[] table = TestEncoders.Weights(5, 30522, 2f);
        string dir = BuildMeanGraph("ce", "logits", table, 1, tokenTypes: true);
        using var raw = CrossEncoder.Load(dir);
        using var sigmoid = CrossEncoder.Load(dir, new CrossEncoderOptions { Activation = ScoreActivation.Sigmoid });
        var pair = raw.Tokenizer.EncodePair("a query", "a passage");
        double expected = pair.Ids.Average(id => table[id]);
        Assert.Equal(expected, raw.ScoreTokenized([pair])[0], 1e-5);
        Assert.Equal(1 / (1 + Math.Exp(-expected)), sigmoid.ScoreTokenized([pair])[0], 1e-5);
        Assert.Equal(raw.Score([("a query", "a passage")]), raw.ScoreTokenized([pair]));
    }
}
