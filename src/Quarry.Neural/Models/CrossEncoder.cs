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
public sealed class CrossEncoder : IReranker, IDisposable
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

    /// <summary>Scores pairs that are already tokenized (see <see cref="WordPieceTokenizer.EncodePair"/>).</summary>
    public float[] ScoreTokenized(IReadOnlyList<TokenizedPair> pairs)
    {
        float[] logits = Logits(pairs, out int labels);
        var scores = new float[pairs.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = labels == 1
                ? (Options.Activation == ScoreActivation.Sigmoid ? 1f / (1f + MathF.Exp(-logits[i])) : logits[i])
                : 1f / (1f + MathF.Exp(logits[2 * i] - logits[(2 * i) + 1])); // softmax(l0, l1)[1], without overflow
        }

        return scores;
    }

    /// <summary>The raw logits, row-major, <paramref name="labels"/> (1 or 2) per pair.</summary>
    internal float[] Logits(IReadOnlyList<TokenizedPair> pairs, out int labels)
    {
        int[] order = new int[pairs.Count];
        int[] lengths = new int[pairs.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
            lengths[i] = pairs[i].Ids.Length;
        }

        Array.Sort(lengths, order);
        float[] logits = [];
        int width = 0;
        int batchSize = Math.Max(1, Options.BatchSize);
        var ids = new List<int[]>(batchSize);
        var types = new List<int[]>(batchSize);
        for (int start = 0; start < order.Length; start += batchSize)
        {
            int count = Math.Min(batchSize, order.Length - start);
            ids.Clear();
            types.Clear();
            for (int i = 0; i < count; i++)
            {
                ids.Add(pairs[order[start + i]].Ids);
                types.Add(pairs[order[start + i]].TypeIds);
            }

            int first = start;
            _model.Run(ids, _model.HasTokenTypes ? types : null, Tokenizer.PadId, OutputName, (data, shape) =>
            {
                width = CheckShape(data, shape, count);
                if (logits.Length == 0)
                {
                    logits = new float[pairs.Count * width];
                }

                for (int b = 0; b < count; b++)
                {
                    data.Slice(b * width, width).CopyTo(logits.AsSpan(order[first + b] * width, width));
                }
            });
        }

        labels = Math.Max(1, width);
        return logits;
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

    private int CheckShape(ReadOnlySpan<float> data, long[] shape, int batch)
    {
        int labels = shape.Length == 2 ? (int)shape[1] : 1;
        if (labels is not (1 or 2) || data.Length != batch * labels)
        {
            throw new InputFormatException(Folder.OnnxPath, 0, $"output '{OutputName}' has shape [{string.Join(", ", shape)}]; a cross-encoder returns [batch, 1] or [batch, 2] logits");
        }

        return labels;
    }

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
