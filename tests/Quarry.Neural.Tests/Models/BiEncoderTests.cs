using Quarry.Data.IO;
using Quarry.Neural.Models;
using Quarry.Neural.Tests.Onnx;
using Quarry.Tests.Shared;

namespace Quarry.Neural.Tests.Models;

/// <summary>The bi-encoder path on synthetic ONNX encoders built in test code.</summary>
public sealed class BiEncoderTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static string Vocab => SharedData.Path("models/tokenizers/bert-base-uncased/vocab.txt");

    public void Dispose() => _dir.Dispose();

    private string Build(TestEncoderSpec spec, string name = "model")
    {
        string path = _dir.File(name);
        TestEncoders.Write(path, Vocab, spec);
        return path;
    }

    [Theory]
    [InlineData("mean")]
    [InlineData("cls")]
    [InlineData("max")]
    public void Encode_LookupGraph_PoolingEqualsHandComputation(string pooling)
    {
        var spec = new TestEncoderSpec { Dim = 8, Pooling = pooling };
        using var encoder = BiEncoder.Load(Build(spec));
        float[] table = TestEncoders.EmbeddingTable(spec, 30522);
        int[] ids = encoder.Tokenize("the cat sat", isQuery: false);
        Assert.Equal([101, 1996, 4937, 2938, 102], ids);

        var expected = new float[8];
        for (int k = 0; k < 8; k++)
        {
            var column = ids.Select(id => table[(id * 8) + k]).ToArray();
            expected[k] = pooling switch
            {
                "mean" => column.Sum() / column.Length,
                "cls" => column[0],
                _ => column.Max(),
            };
        }

        // Padding must not leak in: encode it beside a much longer text.
        float[][] vectors = encoder.Encode(["the cat sat", "a much longer passage about many cats sitting on many mats"], isQuery: false);
        for (int k = 0; k < 8; k++)
        {
            Assert.Equal(expected[k], vectors[0][k], 1e-5f);
        }
    }

    [Fact]
    public void Encode_NormalizeModule_UnitVectors()
    {
        using var encoder = BiEncoder.Load(Build(new TestEncoderSpec { NormalizeModule = true, Pooling = "cls" }));
        Assert.True(encoder.Normalize);
        Assert.Equal(PoolingMode.Cls, encoder.Pooling);
        foreach (float[] v in encoder.Encode(["alpha", "beta gamma"], isQuery: true))
        {
            Assert.Equal(1f, MathF.Sqrt(v.Sum(x => x * x)), 1e-5f);
        }
    }

    [Fact]
    public void Encode_BatchSizesAndThreads_SameVectors()
    {
        string model = Build(new TestEncoderSpec { Dim = 32, Layers = 2, FeedForward = 64 });
        var texts = Tokenization.TokenizationParityTests.FirstTexts("msmarco/passages.dl19-dl20.union.tsv.gz", 50).Select(t => t.Text).ToList();
        float[][]? reference = null;
        foreach (var (batch, threads) in new[] { (1, 1), (7, 2), (32, 1), (64, 2) })
        {
            using var encoder = BiEncoder.Load(model, new BiEncoderOptions { BatchSize = batch, Runtime = new OnnxRuntimeOptions { Threads = threads }, MaxLength = 128 });
            float[][] vectors = encoder.Encode(texts, isQuery: false);
            reference ??= vectors;
            for (int i = 0; i < texts.Count; i++)
            {
                for (int k = 0; k < 32; k++)
                {
                    Assert.Equal(reference[i][k], vectors[i][k], 1e-5f);
                }
            }
        }
    }

    [Fact]
    public void Tokenize_MaxLengthAndPrefixes_Applied()
    {
        using var encoder = BiEncoder.Load(Build(new TestEncoderSpec()), new BiEncoderOptions
        {
            MaxLength = 6,
            QueryPrefix = BiEncoderOptions.E5QueryPrefix,
            PassagePrefix = BiEncoderOptions.E5PassagePrefix,
        });
        Assert.Equal(encoder.Tokenizer.Encode("query: what is a lobster roll", 6), encoder.Tokenize("what is a lobster roll", isQuery: true));
        int[] passage = encoder.Tokenize("lobster rolls are sandwiches", isQuery: false);
        Assert.Equal(6, passage.Length);
        Assert.Equal(encoder.Tokenizer.Encode("passage: lobster rolls are sandwiches", 6), passage);
        Assert.Equal([101, 6019, 1024], passage[..3]);
        Assert.Equal(102, passage[^1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Encode_Int8QuantizedGraph_RunsCloseToFloat(bool dynamic)
    {
        var spec = new TestEncoderSpec { Dim = 32, Layers = 1, FeedForward = 64 };
        using var full = BiEncoder.Load(Build(spec, "fp32"));
        using var quant = BiEncoder.Load(Build(dynamic ? spec with { DynamicQuantized = true } : spec with { Quantized = true }, "int8"));
        float[][] a = full.Encode(["quantized graphs run too", "second text"], isQuery: false);
        float[][] b = quant.Encode(["quantized graphs run too", "second text"], isQuery: false);
        for (int i = 0; i < 2; i++)
        {
            float dot = a[i].Zip(b[i], (x, y) => x * y).Sum();
            float cos = dot / MathF.Sqrt(a[i].Sum(x => x * x) * b[i].Sum(x => x * x));
            Assert.InRange(cos, 0.99f, 1.0001f);
            Assert.False(a[i].SequenceEqual(b[i]), "the quantized graph should differ slightly");
        }
    }

    [Fact]
    public void Load_GraphWithoutTokenTypesOrSubfolder_Works()
    {
        using var encoder = BiEncoder.Load(Build(new TestEncoderSpec { TokenTypes = false, InOnnxSubfolder = false, Pooling = null }));
        Assert.Equal(PoolingMode.Mean, encoder.Pooling);
        Assert.Equal(16, encoder.Dimension);
    }

    [Fact]
    public void Load_GraphWithUnknownInput_ClearError()
    {
        string dir = _dir.File("odd");
        Directory.CreateDirectory(dir);
        File.Copy(Vocab, Path.Combine(dir, "vocab.txt"));
        var g = new OnnxGraphBuilder()
            .Input("input_ids", OnnxType.Int64, "batch", "sequence")
            .Input("pixel_values", OnnxType.Float, "batch", 3)
            .Output("last_hidden_state", OnnxType.Float, "batch", 3)
            .Node("Identity", ["pixel_values"], ["last_hidden_state"]);
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), g.Build());
        var ex = Assert.Throws<InputFormatException>(() => BiEncoder.Load(dir));
        Assert.Contains("unexpected graph input 'pixel_values'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAnOnnxFile_ClearError()
    {
        string dir = _dir.File("broken");
        Directory.CreateDirectory(dir);
        File.Copy(Vocab, Path.Combine(dir, "vocab.txt"));
        File.WriteAllText(Path.Combine(dir, "model.onnx"), "version https://git-lfs.github.com/spec/v1\n");
        var ex = Assert.Throws<InputFormatException>(() => BiEncoder.Load(dir));
        Assert.Contains("not a loadable ONNX graph", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CudaWithoutGpuRuntime_ClearError()
    {
        var ex = Assert.Throws<NotSupportedException>(() => BiEncoder.Load(Build(new TestEncoderSpec()),
            new BiEncoderOptions { Runtime = new OnnxRuntimeOptions { Device = ExecutionDevice.Cuda } }));
        Assert.Contains("CUDA execution provider is not available", ex.Message, StringComparison.Ordinal);
    }
}
