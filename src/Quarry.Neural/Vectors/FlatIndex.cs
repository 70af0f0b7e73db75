using System.Numerics.Tensors;

namespace Quarry.Neural.Vectors;

/// <summary>Options of <see cref="FlatIndex"/>.</summary>
public sealed record FlatIndexOptions
{
    /// <summary>Similarity. Default inner product (what TAS-B, DPR and most MS MARCO bi-encoders are trained for).</summary>
    public VectorMetric Metric { get; init; } = VectorMetric.InnerProduct;

    /// <summary>
    /// Rows scored per block: each block is read once per batch of queries while it is in cache.
    /// Default 512 (512 x 384 float32 = 768 KiB, a core's share of L2 on current CPUs).
    /// </summary>
    public int BlockRows { get; init; } = 512;

    /// <summary>Queries that share one pass over the vectors in <see cref="FlatIndex.BatchSearch"/>. Default 64.</summary>
    public int QueryBatch { get; init; } = 64;
}

/// <summary>
/// Exact (brute-force) search over a vector file with TensorPrimitives dot products. Queries are batched so that each
/// block of vectors serves many queries while in cache; threads split the vectors into contiguous ranges with their
/// own top-k, merged at the end. Because hits are totally ordered (score, then index), results are identical for any
/// thread count, block size or batch size.
/// </summary>
public sealed class FlatIndex : IVectorSearcher
{
    private readonly VectorScorer _scorer;
    private readonly FlatIndexOptions _options;

    public FlatIndex(VectorFile vectors, FlatIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        _options = options ?? new FlatIndexOptions();
        _scorer = new VectorScorer(vectors, _options.Metric);
    }

    public int Dim => _scorer.Dim;

    /// <summary>Number of vectors searched.</summary>
    public int Count => _scorer.File.Count;

    public VectorHit[] Search(ReadOnlySpan<float> query, int k) => Search(query, k, threads: 1);

    /// <summary>One query with the vectors split over <paramref name="threads"/> threads.</summary>
    public VectorHit[] Search(ReadOnlySpan<float> query, int k, int threads) =>
        SearchBatch([_scorer.Prepare(query)], k, threads)[0];

    public VectorHit[][] BatchSearch(IReadOnlyList<float[]> queries, int k, int threads)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new VectorHit[queries.Count][];
        for (int start = 0; start < queries.Count; start += _options.QueryBatch)
        {
            int n = Math.Min(_options.QueryBatch, queries.Count - start);
            var prepared = new float[n][];
            for (int i = 0; i < n; i++)
            {
                prepared[i] = _scorer.Prepare(queries[start + i]);
            }

            SearchBatch(prepared, k, threads).CopyTo(results, start);
        }

        return results;
    }

    private VectorHit[][] SearchBatch(float[][] queries, int k, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        int count = Count;
        int parts = Math.Clamp(threads, 1, Math.Max(1, count / _options.BlockRows));
        var partial = new TopK[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            int from = (int)((long)count * p / parts);
            int to = (int)((long)count * (p + 1) / parts);
            partial[p] = ScanRange(queries, k, from, to);
        });

        var results = new VectorHit[queries.Length][];
        for (int q = 0; q < queries.Length; q++)
        {
            var merged = partial[0][q];
            for (int p = 1; p < parts; p++)
            {
                merged.AddAll(partial[p][q]);
            }

            results[q] = merged.ToSortedArray();
        }

        return results;
    }

    private TopK[] ScanRange(float[][] queries, int k, int from, int to)
    {
        var tops = new TopK[queries.Length];
        for (int q = 0; q < tops.Length; q++)
        {
            tops[q] = new TopK(k);
        }

        int dim = Dim;
        bool direct = _scorer.DotIsScore;
        var scratch = _scorer.File.DType == VectorDType.Float32 ? [] : new float[_options.BlockRows * dim];
        for (int start = from; start < to; start += _options.BlockRows)
        {
            int rows = Math.Min(_options.BlockRows, to - start);
            var block = _scorer.Block(start, rows, scratch);
            for (int q = 0; q < queries.Length; q++)
            {
                var query = queries[q];
                var top = tops[q];
                float threshold = top.Threshold;
                for (int r = 0; r < rows; r++)
                {
                    float dot = TensorPrimitives.Dot(query, block.Slice(r * dim, dim));
                    float score = direct ? dot : _scorer.Finish(dot, start + r);
                    if (score >= threshold)
                    {
                        top.Add(start + r, score);
                        threshold = top.Threshold;
                    }
                }
            }
        }

        return tops;
    }
}
