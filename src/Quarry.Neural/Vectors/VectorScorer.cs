using System.Numerics.Tensors;

namespace Quarry.Neural.Vectors;

/// <summary>
/// Similarity between float queries and the stored vectors of a file, whatever its dtype: float16 and int8 rows are
/// decoded into a float scratch block first (int8 scores are multiplied by the row's scale), and for cosine over a file
/// not flagged normalised the scores are multiplied by precomputed inverse norms.
/// </summary>
internal sealed unsafe class VectorScorer
{
    private readonly float[]? _inverseNorms;

    public VectorScorer(VectorFile file, VectorMetric metric)
    {
        File = file;
        Metric = metric;
        if (metric == VectorMetric.Cosine && !file.IsNormalized)
        {
            _inverseNorms = new float[file.Count];
            var row = new float[file.Dim];
            for (int i = 0; i < file.Count; i++)
            {
                file.GetVector(i, row);
                float norm = TensorPrimitives.Norm<float>(row);
                _inverseNorms[i] = norm > 0 ? 1f / norm : 0f;
            }
        }
    }

    public VectorFile File { get; }

    /// <summary>True when raw dot products are already the scores (float32 or float16 rows, no norm correction).</summary>
    public bool DotIsScore => File.DType != VectorDType.Int8 && _inverseNorms is null;

    public VectorMetric Metric { get; }

    public int Dim => File.Dim;

    /// <summary>Copies the query, normalised for cosine, into a new array.</summary>
    public float[] Prepare(ReadOnlySpan<float> query)
    {
        if (query.Length != Dim)
        {
            throw new ArgumentException($"query has {query.Length} components, the vectors have {Dim}", nameof(query));
        }

        var prepared = query.ToArray();
        if (Metric == VectorMetric.Cosine)
        {
            float norm = TensorPrimitives.Norm<float>(prepared);
            if (norm > 0)
            {
                TensorPrimitives.Divide(prepared, norm, prepared);
            }
        }

        return prepared;
    }

    /// <summary>The rows [start, start + count) as floats: the mapped file itself for float32, else decoded into <paramref name="scratch"/>.</summary>
    public ReadOnlySpan<float> Block(int start, int count, float[] scratch)
    {
        if (File.DType == VectorDType.Float32)
        {
            return File.Float32Rows(start, count);
        }

        var target = scratch.AsSpan(0, count * Dim);
        if (File.DType == VectorDType.Float16)
        {
            for (int r = 0; r < count; r++)
            {
                TensorPrimitives.ConvertToSingle(File.Float16Row(start + r), target.Slice(r * Dim, Dim));
            }
        }
        else
        {
            TensorPrimitives.ConvertChecked<sbyte, float>(File.Int8Rows(start, count), target);
        }

        return target;
    }

    /// <summary>Turns a raw dot product with row <paramref name="index"/> into the metric's score.</summary>
    public float Finish(float dot, int index)
    {
        if (File.DType == VectorDType.Int8)
        {
            dot *= File.Scale(index);
        }

        return _inverseNorms is null ? dot : dot * _inverseNorms[index];
    }

    /// <summary>The score of one row (random access, as graph search needs).</summary>
    public float Score(ReadOnlySpan<float> prepared, int index, float[] scratch)
    {
        if (File.DType == VectorDType.Float32 && _inverseNorms is null)
        {
            // Hot path of graph search: no range or dtype checks (the index comes from the graph or the scan).
            var row = new ReadOnlySpan<float>(File.VectorBase + ((long)index * prepared.Length * sizeof(float)), prepared.Length);
            return TensorPrimitives.Dot(prepared, row);
        }

        return Finish(TensorPrimitives.Dot(prepared, Block(index, 1, scratch)), index);
    }
}
