namespace Quarry.Neural.Tests.Onnx;

/// <summary>What synthetic encoder to build.</summary>
internal sealed record TestEncoderSpec
{
    /// <summary>Embedding width.</summary>
    public int Dim { get; init; } = 16;

    /// <summary>Self-attention + feed-forward layers after the embeddings (0: the output is the embedding lookup itself).</summary>
    public int Layers { get; init; }

    /// <summary>Feed-forward width inside a layer.</summary>
    public int FeedForward { get; init; } = 32;

    /// <summary>Whether the graph has a token_type_ids input.</summary>
    public bool TokenTypes { get; init; } = true;

    /// <summary>Weights stored as int8 with DequantizeLinear, activations through QuantizeLinear/DequantizeLinear.</summary>
    public bool Quantized { get; init; }

    /// <summary>
    /// The feed-forward input projection as ONNX Runtime's dynamic quantization writes it (what Hugging Face's
    /// <c>model_qint8_*.onnx</c> files hold): DynamicQuantizeLinear, then MatMulInteger with int8 weights, then rescaling.
    /// </summary>
    public bool DynamicQuantized { get; init; }

    /// <summary>Name of the [batch, sequence, dim] output.</summary>
    public string OutputName { get; init; } = "last_hidden_state";

    /// <summary>Pooling written to 1_Pooling/config.json (null: no sentence-transformers files).</summary>
    public string? Pooling { get; init; } = "mean";

    /// <summary>List a Normalize module in modules.json.</summary>
    public bool NormalizeModule { get; init; }

    /// <summary>Put the graph under onnx/model.onnx rather than model.onnx.</summary>
    public bool InOnnxSubfolder { get; init; } = true;

    /// <summary>Seed of the weights.</summary>
    public int Seed { get; init; } = 7;
}

/// <summary>Writes synthetic sentence-transformers model folders (ONNX graph, vocab, pooling config) for tests and benchmarks.</summary>
internal static partial class TestEncoders
{
    /// <summary>The embedding table the graph looks tokens up in: [vocab, dim], row-major, deterministic per seed.</summary>
    public static float[] EmbeddingTable(TestEncoderSpec spec, int vocabSize) => Weights(spec.Seed, vocabSize * spec.Dim, 1f);

    /// <summary>Writes a model folder at <paramref name="directory"/> using the given vocab.txt.</summary>
    public static void Write(string directory, string vocabFile, TestEncoderSpec spec)
    {
        Directory.CreateDirectory(directory);
        string[] vocab = File.ReadAllLines(vocabFile);
        File.Copy(vocabFile, Path.Combine(directory, "vocab.txt"), overwrite: true);
        string onnx = spec.InOnnxSubfolder ? Path.Combine(directory, "onnx", "model.onnx") : Path.Combine(directory, "model.onnx");
        Directory.CreateDirectory(Path.GetDirectoryName(onnx)!);
        File.WriteAllBytes(onnx, BuildGraph(spec, vocab.Length).Build());
        File.WriteAllText(Path.Combine(directory, "config.json"), $$"""{"model_type": "bert", "hidden_size": {{spec.Dim}}, "max_position_embeddings": 512}""");
        if (spec.Pooling is null)
        {
            return;
        }

        string modules = """[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"}, {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}""";
        modules += spec.NormalizeModule ? """, {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}]""" : "]";
        File.WriteAllText(Path.Combine(directory, "modules.json"), modules);
        Directory.CreateDirectory(Path.Combine(directory, "1_Pooling"));
        File.WriteAllText(Path.Combine(directory, "1_Pooling", "config.json"),
            $$"""{"word_embedding_dimension": {{spec.Dim}}, "pooling_mode_cls_token": {{Flag(spec.Pooling == "cls")}}, "pooling_mode_mean_tokens": {{Flag(spec.Pooling == "mean")}}, "pooling_mode_max_tokens": {{Flag(spec.Pooling == "max")}}}""");
    }

    internal static float[] Weights(int seed, int count, float scale)
    {
        var random = new Random(seed);
        var w = new float[count];
        for (int i = 0; i < w.Length; i++)
        {
            w[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        return w;
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
