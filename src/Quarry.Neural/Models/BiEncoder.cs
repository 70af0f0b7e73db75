using Microsoft.ML.OnnxRuntime;
using Quarry.Data.IO;
using Quarry.Neural.Tokenization;

namespace Quarry.Neural.Models;

/// <summary>
/// A sentence-embedding model run with ONNX Runtime: tokenizes, batches texts of similar length, runs the graph,
/// pools token embeddings (CLS, mean or max) and optionally normalizes. Thread-safe.
/// </summary>
public sealed partial class BiEncoder : IDisposable
{
    private static readonly string[] PreferredOutputs = ["last_hidden_state", "token_embeddings", "sentence_embedding"];

    private readonly OnnxModel _model;
    private readonly bool _tokenLevelOutput;

    private BiEncoder(ModelFolder folder, BiEncoderOptions options)
    {
        Options = options;
        Folder = folder;
        Tokenizer = folder.LoadTokenizer();
        Pooling = options.Pooling ?? folder.Pooling ?? PoolingMode.Mean;
        Normalize = options.Normalize ?? folder.HasNormalizeModule;
        MaxLength = Math.Max(2, options.MaxLength ?? Math.Min(folder.MaxLength ?? 512, 512));
        _model = new OnnxModel(folder.OnnxPath, options.Runtime);
        try
        {
            (OutputName, _tokenLevelOutput) = ChooseOutput(folder.OnnxPath, _model.Outputs, options.OutputName);
            Dimension = Probe();
        }
        catch
        {
            _model.Dispose();
            throw;
        }
    }

    /// <summary>The settings it was loaded with.</summary>
    public BiEncoderOptions Options { get; }

    /// <summary>The model folder.</summary>
    public ModelFolder Folder { get; }

    /// <summary>The tokenizer.</summary>
    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>The pooling in effect.</summary>
    public PoolingMode Pooling { get; }

    /// <summary>Whether embeddings are L2-normalized.</summary>
    public bool Normalize { get; }

    /// <summary>Maximum tokens per text, [CLS] and [SEP] included.</summary>
    public int MaxLength { get; }

    /// <summary>The graph output read.</summary>
    public string OutputName { get; }

    /// <summary>Embedding width.</summary>
    public int Dimension { get; }

    /// <summary>Loads a model folder (see <see cref="ModelFolder"/>); bad folders and graphs raise <see cref="InputFormatException"/>.</summary>
    public static BiEncoder Load(string directory, BiEncoderOptions? options = null)
    {
        options ??= new BiEncoderOptions();
        return new BiEncoder(ModelFolder.Open(directory, options.OnnxFile, options.Tokenizer), options);
    }

    /// <summary>Embeds texts, queries or passages (which decides the prefix); one vector per text, in order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, bool isQuery)
    {
        var flat = new float[texts.Count * Dimension];
        Encode(texts, isQuery, flat);
        var rows = new float[texts.Count][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = flat.AsSpan(i * Dimension, Dimension).ToArray();
        }

        return rows;
    }

    /// <summary>Embeds texts into <paramref name="destination"/>, row-major, <see cref="Dimension"/> floats per text.</summary>
    public void Encode(IReadOnlyList<string> texts, bool isQuery, Span<float> destination)
    {
        var ids = new int[texts.Count][];
        for (int i = 0; i < texts.Count; i++)
        {
            ids[i] = Tokenize(texts[i], isQuery);
        }

        EncodeTokenized(ids, destination);
    }

    /// <summary>The model input for one text: prefix, [CLS] pieces [SEP], truncated to <see cref="MaxLength"/>.</summary>
    public int[] Tokenize(string text, bool isQuery)
    {
        string prefix = isQuery ? Options.QueryPrefix : Options.PassagePrefix;
        return Tokenizer.Encode(prefix.Length == 0 ? text : prefix + text, MaxLength);
    }

    /// <summary>Time spent inside ONNX Runtime so far, in Stopwatch ticks (benchmarks split time inside and outside it).</summary>
    internal long OnnxRunTicks => _model.RunTicks;

    public void Dispose() => _model.Dispose();

    private static (string Name, bool TokenLevel) ChooseOutput(string path, IReadOnlyDictionary<string, NodeMetadata> outputs, string? requested)
    {
        string? name = requested ?? PreferredOutputs.FirstOrDefault(outputs.ContainsKey) ?? (outputs.Count == 1 ? outputs.Keys.First() : null);
        if (name is null || !outputs.TryGetValue(name, out var meta))
        {
            throw new InputFormatException(path, 0,
                $"graph outputs are [{string.Join(", ", outputs.Keys)}]; a bi-encoder needs last_hidden_state [batch, sequence, dim] or sentence_embedding [batch, dim]"
                + (requested is null ? "" : $" (asked for '{requested}')"));
        }

        // A classifier's logits are [batch, labels] too; they are not embeddings unless asked for by name.
        bool classifier = requested is null && name == "logits";
        if (classifier || meta.ElementType != typeof(float) || meta.Dimensions.Length is not (2 or 3))
        {
            throw new InputFormatException(path, 0,
                $"graph output '{name}' is {meta.ElementType.Name} of rank {meta.Dimensions.Length}; a bi-encoder needs float last_hidden_state [batch, sequence, dim] or sentence_embedding [batch, dim]");
        }

        return (name, meta.Dimensions.Length == 3);
    }

    private int Probe()
    {
        int dim = 0;
        _model.Run([[Tokenizer.ClsId, Tokenizer.SepId]], null, Tokenizer.PadId, OutputName, (_, shape) => dim = (int)shape[^1]);
        return dim;
    }
}
