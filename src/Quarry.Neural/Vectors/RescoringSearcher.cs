namespace Quarry.Neural.Vectors;

/// <summary>Options of <see cref="RescoringSearcher"/>.</summary>
public sealed record RescoreOptions
{
    /// <summary>Candidates fetched from the approximate searcher per hit wanted (k * Oversample). Default 4.</summary>
    public int Oversample { get; init; } = 4;
}

/// <summary>
/// Two-stage search: an approximate searcher (int8 flat, HNSW) proposes k * oversample candidates, which are rescored
/// exactly against a full-precision vector file (same vectors, same order) and cut to k.
/// </summary>
public sealed class RescoringSearcher : IVectorSearcher
{
    private readonly IVectorSearcher _candidates;
    private readonly VectorScorer _exact;
    private readonly RescoreOptions _options;

    public RescoringSearcher(IVectorSearcher candidates, VectorFile fullPrecision, VectorMetric metric, RescoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(fullPrecision);
        if (candidates.Dim != fullPrecision.Dim)
        {
            throw new ArgumentException($"the candidate searcher has dim {candidates.Dim}, the full-precision vectors {fullPrecision.Dim}");
        }

        _candidates = candidates;
        _exact = new VectorScorer(fullPrecision, metric);
        _options = options ?? new RescoreOptions();
    }

    public int Dim => _exact.Dim;

    public VectorHit[] Search(ReadOnlySpan<float> query, int k)
    {
        var prepared = _exact.Prepare(query);
        return Rescore(prepared, _candidates.Search(query, CandidateCount(k)), k, new float[Dim]);
    }

    public VectorHit[][] BatchSearch(IReadOnlyList<float[]> queries, int k, int threads)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var candidates = _candidates.BatchSearch(queries, CandidateCount(k), threads);
        var results = new VectorHit[queries.Count][];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, () => new float[Dim], (q, _, scratch) =>
        {
            results[q] = Rescore(_exact.Prepare(queries[q]), candidates[q], k, scratch);
            return scratch;
        }, _ => { });
        return results;
    }

    private int CandidateCount(int k) => (int)Math.Min(int.MaxValue, (long)k * Math.Max(1, _options.Oversample));

    private VectorHit[] Rescore(float[] prepared, VectorHit[] candidates, int k, float[] scratch)
    {
        var top = new TopK(k);
        foreach (var c in candidates)
        {
            top.Add(c.Index, _exact.Score(prepared, c.Index, scratch));
        }

        return top.ToSortedArray();
    }
}
