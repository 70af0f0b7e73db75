using Microsoft.ML.OnnxRuntime;
using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Neural.Reranking;
using Quarry.Neural.Tokenization;

namespace Quarry.Neural.Models;

/// <summary>
/// A sequence-classification model scoring (query, passage) pairs with ONNX Runtime: one logit (the score), or two
/// (softmax, probability of the relevant class). Pairs are batched by length. Thread-safe.
/// </summary>
public sealed partial class CrossEncoder : IReranker, IDisposable
{
    private readonly OnnxModel _model;

    private CrossEncoder(ModelFolder folder, CrossEncoderOptions options)
    {
        Options = options;
        Folder = folder;
        Tokenizer = folder.LoadTokenizer();
        MaxLength = Math.Max(3, options.MaxLength ?? Math.Min(folder.MaxLength ?? 512, 512));
        _model = new OnnxModel(folder.OnnxPath, options.Runtime);
        try
        {
            OutputName = ChooseOutput(folder.OnnxPath, _model.Outputs, options.OutputName);
        }
        catch
        {
            _model.Dispose();
            throw;
        }
    }

    /// <summary>The settings it was loaded with.</summary>
    public CrossEncoderOptions Options { get; }

    /// <summary>The model folder.</summary>
    public ModelFolder Folder { get; }

    /// <summary>The tokenizer.</summary>
    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>Maximum tokens per pair.</summary>
    public int MaxLength { get; }

    /// <summary>The graph output read.</summary>
    public string OutputName { get; }

    /// <summary>Loads a model folder (see <see cref="ModelFolder"/>); bad folders and graphs raise <see cref="InputFormatException"/>.</summary>
    public static CrossEncoder Load(string directory, CrossEncoderOptions? options = null)
    {
        options ??= new CrossEncoderOptions();
        return new CrossEncoder(ModelFolder.Open(directory, options.OnnxFile, options.Tokenizer), options);
    }

    /// <summary>One relevance score per (query, passage) pair, in order; higher is more relevant.</summary>
    public float[] Score(IReadOnlyList<(string Query, string Passage)> pairs)
    {
        var encoded = new TokenizedPair[pairs.Count];
        for (int i = 0; i < encoded.Length; i++)
        {
            encoded[i] = Tokenizer.EncodePair(pairs[i].Query, pairs[i].Passage, MaxLength, Options.Truncation);
        }

        return ScoreTokenized(encoded);
    }

    /// <inheritdoc />
    public IReadOnlyList<ScoredDoc> Rerank(string query, IReadOnlyList<RerankCandidate> hits)
    {
        var pairs = new (string, string)[hits.Count];
        for (int i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (query, hits[i].Text);
        }

        return RankByScore(hits, Score(pairs));
    }

    /// <summary>Candidates ordered by descending score; equal scores keep the candidates' order.</summary>
    public static IReadOnlyList<ScoredDoc> RankByScore(IReadOnlyList<RerankCandidate> hits, IReadOnlyList<float> scores)
    {
        var ranked = new List<(ScoredDoc Doc, int Index)>(hits.Count);
        for (int i = 0; i < hits.Count; i++)
        {
            ranked.Add((new ScoredDoc(hits[i].DocId, scores[i]), i));
        }

        ranked.Sort((a, b) => b.Doc.Score.CompareTo(a.Doc.Score) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        return [.. ranked.Select(r => r.Doc)];
    }

    public void Dispose() => _model.Dispose();

    private static string ChooseOutput(string path, IReadOnlyDictionary<string, NodeMetadata> outputs, string? requested)
    {
        string? name = requested ?? (outputs.ContainsKey("logits") ? "logits" : outputs.Count == 1 ? outputs.Keys.First() : null);
        if (name is null || !outputs.TryGetValue(name, out var meta))
        {
            throw new InputFormatException(path, 0,
                $"graph outputs are [{string.Join(", ", outputs.Keys)}]; a cross-encoder needs logits [batch, 1 or 2]" + (requested is null ? "" : $" (asked for '{requested}')"));
        }

        bool labelsOk = meta.Dimensions.Length == 2 && meta.Dimensions[1] is -1 or 1 or 2;
        if (meta.ElementType != typeof(float) || !labelsOk)
        {
            throw new InputFormatException(path, 0,
                $"graph output '{name}' is {meta.ElementType.Name} [{string.Join(", ", meta.Dimensions)}]; a cross-encoder needs float logits [batch, 1 or 2]");
        }

        return name;
    }
}
