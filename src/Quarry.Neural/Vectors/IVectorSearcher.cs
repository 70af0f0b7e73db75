namespace Quarry.Neural.Vectors;

/// <summary>The shape every vector retriever has: one query, or a batch over several threads, to the top k hits (best first).</summary>
public interface IVectorSearcher
{
    /// <summary>Components a query must have.</summary>
    int Dim { get; }

    /// <summary>The best <paramref name="k"/> vectors for one query, best first.</summary>
    VectorHit[] Search(ReadOnlySpan<float> query, int k);

    /// <summary>The best <paramref name="k"/> vectors for each query; results do not depend on <paramref name="threads"/>.</summary>
    VectorHit[][] BatchSearch(IReadOnlyList<float[]> queries, int k, int threads);
}
