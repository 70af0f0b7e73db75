using Quarry.Data.IO;
using Quarry.Neural.Tokenization;

namespace Quarry.Neural.Models;

/// <summary>Scoring tokenized pairs: sorted by length, batched, logits gathered back in input order.</summary>
public sealed partial class CrossEncoder
{
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

    private int CheckShape(ReadOnlySpan<float> data, long[] shape, int batch)
    {
        int labels = shape.Length == 2 ? (int)shape[1] : 1;
        if (labels is not (1 or 2) || data.Length != batch * labels)
        {
            throw new InputFormatException(Folder.OnnxPath, 0, $"output '{OutputName}' has shape [{string.Join(", ", shape)}]; a cross-encoder returns [batch, 1] or [batch, 2] logits");
        }

        return labels;
    }
}
