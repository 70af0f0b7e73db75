namespace Quarry.Neural.Models;

/// <summary>Length-bucketed batching and pooling of tokenized texts.</summary>
public sealed partial class BiEncoder
{
    /// <summary>
    /// Embeds already tokenized texts (see <see cref="Tokenize"/>) into <paramref name="destination"/>, row-major.
    /// Texts are sorted by length and cut into batches of <see cref="BiEncoderOptions.BatchSize"/> so that little is padded.
    /// </summary>
    public void EncodeTokenized(IReadOnlyList<int[]> ids, Span<float> destination)
    {
        if (destination.Length < ids.Count * Dimension)
        {
            throw new ArgumentException($"destination holds {destination.Length} floats; {ids.Count} x {Dimension} needed", nameof(destination));
        }

        int[] order = new int[ids.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable sort by length: batches hold similar lengths, and equal inputs always land in the same order.
        int[] lengths = new int[ids.Count];
        for (int i = 0; i < lengths.Length; i++)
        {
            lengths[i] = ids[i].Length;
        }

        Array.Sort(lengths, order);
        int batchSize = Math.Max(1, Options.BatchSize);
        var batch = new List<int[]>(batchSize);
        float[] output = new float[destination.Length];
        for (int start = 0; start < order.Length; start += batchSize)
        {
            int count = Math.Min(batchSize, order.Length - start);
            batch.Clear();
            for (int i = 0; i < count; i++)
            {
                batch.Add(ids[order[start + i]]);
            }

            int first = start;
            _model.Run(batch, null, Tokenizer.PadId, OutputName, (data, shape) => PoolBatch(data, shape, batch, order.AsSpan(first, count), output));
        }

        output.AsSpan(0, ids.Count * Dimension).CopyTo(destination);
    }

    private void PoolBatch(ReadOnlySpan<float> data, long[] shape, List<int[]> batch, ReadOnlySpan<int> targets, float[] output)
    {
        int dim = (int)shape[^1];
        if (dim != Dimension)
        {
            throw new InvalidOperationException($"the graph returned vectors of width {dim}, not {Dimension}");
        }

        for (int b = 0; b < batch.Count; b++)
        {
            var row = output.AsSpan(targets[b] * dim, dim);
            if (_tokenLevelOutput)
            {
                int seq = (int)shape[1];
                Models.Pooling.Pool(Pooling, data.Slice(b * seq * dim, seq * dim), dim, batch[b].Length, row);
            }
            else
            {
                data.Slice(b * dim, dim).CopyTo(row);
            }

            if (Normalize)
            {
                Models.Pooling.Normalize(row);
            }
        }
    }
}
