namespace Quarry.Neural.Models;

/// <summary>Settings of a <see cref="BiEncoder"/>; nulls take the model folder's own configuration.</summary>
public sealed record BiEncoderOptions
{
    /// <summary>E5's query prefix.</summary>
    public const string E5QueryPrefix = "query: ";

    /// <summary>E5's passage prefix.</summary>
    public const string E5PassagePrefix = "passage: ";

    /// <summary>BGE (English, v1.5) query instruction for retrieval; passages take no prefix.</summary>
    public const string BgeQueryInstruction = "Represent this sentence for searching relevant passages: ";

    /// <summary>Pooling; null uses <c>1_Pooling/config.json</c>, or mean when the folder has none.</summary>
    public PoolingMode? Pooling { get; init; }

    /// <summary>L2-normalize embeddings; null follows a Normalize module in <c>modules.json</c>.</summary>
    public bool? Normalize { get; init; }

    /// <summary>Text put before every query. Default none.</summary>
    public string QueryPrefix { get; init; } = "";

    /// <summary>Text put before every passage. Default none.</summary>
    public string PassagePrefix { get; init; } = "";

    /// <summary>Maximum tokens per text including [CLS] and [SEP]; null uses the folder's max_seq_length, capped at 512.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Texts per ONNX Runtime call. Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The graph output holding embeddings; null picks last_hidden_state, token_embeddings or sentence_embedding.</summary>
    public string? OutputName { get; init; }

    /// <summary>ONNX file inside (or outside) the folder; null finds onnx/model.onnx or model.onnx.</summary>
    public string? OnnxFile { get; init; }

    /// <summary>Tokenizer kept outside the model folder (a folder, tokenizer.json or vocab.txt); null reads the folder's.</summary>
    public string? Tokenizer { get; init; }

    /// <summary>Execution provider and threads.</summary>
    public OnnxRuntimeOptions Runtime { get; init; } = new();
}
