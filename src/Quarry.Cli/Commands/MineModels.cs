using Quarry.Mining.Filters;
using Quarry.Neural.Models;

namespace Quarry.Cli.Commands;

/// <summary>Adapts Quarry.Neural's models to the miner's small contracts (the mining library does not depend on ONNX).</summary>
internal static class MineModels
{
    /// <summary>Loads an ONNX cross-encoder folder; <paramref name="tokenizer"/> names a tokenizer kept outside it.</summary>
    public static CrossEncoderScorer LoadCrossEncoder(string directory, string? tokenizer) =>
        new(CrossEncoder.Load(directory, new CrossEncoderOptions { Tokenizer = tokenizer }));

    /// <summary>Loads an ONNX bi-encoder folder; <paramref name="tokenizer"/> names a tokenizer kept outside it.</summary>
    public static BiEncoderEmbedder LoadBiEncoder(string directory, string? tokenizer) =>
        new(BiEncoder.Load(directory, new BiEncoderOptions { Tokenizer = tokenizer }));
}

/// <summary>A cross-encoder as an <see cref="IPairScorer"/>.</summary>
internal sealed class CrossEncoderScorer(CrossEncoder model) : IPairScorer, IDisposable
{
    public float[] Score(IReadOnlyList<(string Query, string Passage)> pairs) => model.Score(pairs);

    public void Dispose() => model.Dispose();
}

/// <summary>A bi-encoder as an <see cref="ITextEmbedder"/>: passages are encoded as documents (passage prefix, if any).</summary>
internal sealed class BiEncoderEmbedder(BiEncoder model) : ITextEmbedder, IDisposable
{
    public float[][] EmbedPassages(IReadOnlyList<string> texts) => model.Encode(texts, isQuery: false);

    public void Dispose() => model.Dispose();
}
