using Quarry.Data.Records;

namespace Quarry.Neural.Reranking;

/// <summary>Reorders one query's candidates by a model's relevance scores.</summary>
public interface IReranker
{
    /// <summary>
    /// Scores every candidate against <paramref name="query"/> and returns them best first (ties keep their input order);
    /// each returned score is the model's, replacing the first-stage one.
    /// </summary>
    IReadOnlyList<ScoredDoc> Rerank(string query, IReadOnlyList<RerankCandidate> hits);
}

/// <summary>A first-stage hit with the text the reranker reads.</summary>
public readonly record struct RerankCandidate(string DocId, string Text);
