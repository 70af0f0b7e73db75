using System.Text.Json;
using Quarry.Data.IO;
using Quarry.Neural.Tokenization;

namespace Quarry.Neural.Models;

/// <summary>
/// A Hugging Face / sentence-transformers model folder exported to ONNX, as downloaded: <c>config.json</c>, tokenizer
/// files, <c>onnx/model.onnx</c> or <c>model.onnx</c>, and for bi-encoders <c>modules.json</c> with <c>1_Pooling/config.json</c>.
/// </summary>
public sealed class ModelFolder
{
    private static readonly string[] OnnxCandidates = ["onnx/model.onnx", "model.onnx", "onnx/model_quantized.onnx", "model_quantized.onnx"];

    private ModelFolder(string directory, string onnxPath, string tokenizerPath)
    {
        Directory = directory;
        OnnxPath = onnxPath;
        TokenizerPath = tokenizerPath;
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>The ONNX graph file that will be loaded.</summary>
    public string OnnxPath { get; }

    /// <summary>Where the tokenizer is read from (a folder, tokenizer.json or vocab.txt).</summary>
    public string TokenizerPath { get; }

    /// <summary>The pooling mode from <c>1_Pooling/config.json</c> (null when the folder has none).</summary>
    public PoolingMode? Pooling { get; private init; }

    /// <summary>Whether <c>modules.json</c> lists a Normalize module.</summary>
    public bool HasNormalizeModule { get; private init; }

    /// <summary><c>max_seq_length</c> of <c>sentence_bert_config.json</c>, else <c>max_position_embeddings</c> of config.json, else null.</summary>
    public int? MaxLength { get; private init; }

    /// <summary><c>do_lower_case</c> of <c>sentence_bert_config.json</c>, when given.</summary>
    public bool? LowercaseOverride { get; private init; }

    /// <summary>
    /// Resolves the files of <paramref name="directory"/>. <paramref name="onnxFile"/> picks a graph (relative to the folder or absolute);
    /// <paramref name="tokenizer"/> points at a tokenizer kept elsewhere. Throws <see cref="InputFormatException"/> naming what is missing.
    /// </summary>
    public static ModelFolder Open(string directory, string? onnxFile = null, string? tokenizer = null)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InputFormatException(directory, 0, "model folder not found");
        }

        string onnx = ResolveOnnx(directory, onnxFile);
        string tokenizerPath = tokenizer ?? directory;
        if (tokenizer is null && !TokenizerFiles.Exists(directory))
        {
            throw new InputFormatException(directory, 0, "model folder has no tokenizer: expected tokenizer.json or vocab.txt (or name one with --tokenizer)");
        }

        if (tokenizer is not null && !File.Exists(tokenizer) && !System.IO.Directory.Exists(tokenizer))
        {
            throw new InputFormatException(tokenizer, 0, "tokenizer not found");
        }

        return new ModelFolder(directory, onnx, tokenizerPath)
        {
            Pooling = ReadPooling(directory, out bool normalize),
            HasNormalizeModule = normalize,
            MaxLength = ReadMaxLength(directory, out bool? lower),
            LowercaseOverride = lower,
        };
    }

    /// <summary>Loads the folder's tokenizer.</summary>
    public WordPieceTokenizer LoadTokenizer() => TokenizerFiles.Load(TokenizerPath, LowercaseOverride);

    private static string ResolveOnnx(string directory, string? onnxFile)
    {
        if (onnxFile is not null)
        {
            string path = Path.IsPathRooted(onnxFile) ? onnxFile : Path.Combine(directory, onnxFile);
            return File.Exists(path) ? path : throw new InputFormatException(path, 0, "ONNX file not found");
        }

        foreach (string candidate in OnnxCandidates)
        {
            string path = Path.Combine(directory, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InputFormatException(directory, 0, "model folder has no ONNX graph: expected onnx/model.onnx or model.onnx (or name one with --onnx-file)");
    }

    private static PoolingMode? ReadPooling(string directory, out bool normalize)
    {
        normalize = false;
        string modules = Path.Combine(directory, "modules.json");
        string poolingDir = "1_Pooling";
        if (File.Exists(modules))
        {
            using var doc = TokenizerFiles.ParseJson(modules);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var module in doc.RootElement.EnumerateArray())
                {
                    string type = module.GetPropertyOrNull("type") ?? "";
                    normalize |= type.EndsWith(".Normalize", StringComparison.Ordinal);
                    if (type.EndsWith(".Pooling", StringComparison.Ordinal) && module.GetPropertyOrNull("path") is { Length: > 0 } p)
                    {
                        poolingDir = p;
                    }
                }
            }
        }

        string config = Path.Combine(directory, poolingDir, "config.json");
        if (!File.Exists(config))
        {
            return null;
        }

        using var pooling = TokenizerFiles.ParseJson(config);
        var root = pooling.RootElement;
        if (root.GetBoolOrNull("pooling_mode_cls_token") == true)
        {
            return PoolingMode.Cls;
        }

        if (root.GetBoolOrNull("pooling_mode_max_tokens") == true)
        {
            return PoolingMode.Max;
        }

        if (root.GetBoolOrNull("pooling_mode_mean_tokens") == true)
        {
            return PoolingMode.Mean;
        }

        throw new InputFormatException(config, 0, "unsupported pooling: expected pooling_mode_cls_token, pooling_mode_mean_tokens or pooling_mode_max_tokens to be true");
    }

    private static int? ReadMaxLength(string directory, out bool? lowercase)
    {
        lowercase = null;
        string sbert = Path.Combine(directory, "sentence_bert_config.json");
        if (File.Exists(sbert))
        {
            using var doc = TokenizerFiles.ParseJson(sbert);
            lowercase = doc.RootElement.GetBoolOrNull("do_lower_case") == true ? true : null;
            if (doc.RootElement.GetIntOrNull("max_seq_length") is int max)
            {
                return max;
            }
        }

        string config = Path.Combine(directory, "config.json");
        if (File.Exists(config))
        {
            using var doc = TokenizerFiles.ParseJson(config);
            return doc.RootElement.GetIntOrNull("max_position_embeddings");
        }

        return null;
    }
}
