using Quarry.Neural.Tokenization;

namespace Quarry.Neural.Models;

/// <summary>What a one-logit cross-encoder's score is.</summary>
public enum ScoreActivation
{
    /// <summary>The raw logit: the ranking is the same as through a sigmoid, without the ties a saturated sigmoid makes.</summary>
    Logit,

    /// <summary>The logit through a sigmoid, in (0, 1), as sentence-transformers' CrossEncoder.predict reports it.</summary>
    Sigmoid,
}

/// <summary>Settings of a <see cref="CrossEncoder"/>; nulls take the model folder's own configuration.</summary>
public sealed record CrossEncoderOptions
{
    /// <summary>Maximum tokens per (query, passage) pair, specials included; null uses the folder's max_position_embeddings, capped at 512.</summary>
    public int? MaxLength { get; init; }

    /// <summary>How an overlong pair is cut. Default longest-first, as the models were trained.</summary>
    public Truncation Truncation { get; init; } = Truncation.LongestFirst;

    /// <summary>Pairs per ONNX Runtime call. Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Score of a one-logit model. Default the raw logit. (Two-logit models always score softmax(logits)[1].)</summary>
    public ScoreActivation Activation { get; init; } = ScoreActivation.Logit;

    /// <summary>The graph output holding the logits; null picks <c>logits</c> or the only output.</summary>
    public string? OutputName { get; init; }

    /// <summary>ONNX file inside (or outside) the folder; null finds onnx/model.onnx or model.onnx.</summary>
    public string? OnnxFile { get; init; }

    /// <summary>Tokenizer kept outside the model folder (a folder, tokenizer.json or vocab.txt); null reads the folder's.</summary>
    public string? Tokenizer { get; init; }

    /// <summary>Execution provider and threads.</summary>
    public OnnxRuntimeOptions Runtime { get; init; } = new();
}
