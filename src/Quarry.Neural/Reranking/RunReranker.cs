using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Neural.Models;

namespace Quarry.Neural.Reranking;

/// <summary>How <see cref="RunReranker"/> reranks a run.</summary>
public sealed record RunRerankOptions
{
    /// <summary>Hits reranked per query (the first-stage top, by its score); the rest are dropped. Default 100.</summary>
    public int Depth { get; init; } = 100;

    /// <summary>
    /// (query, passage) pairs gathered across queries before scoring, so that batches mix queries and hold texts of
    /// similar length; it bounds memory. Default 4096.
    /// </summary>
    public int ChunkPairs { get; init; } = 4096;
}

/// <summary>Reranks every query of a run with a cross-encoder, batching across queries.</summary>
public static class RunReranker
{
    /// <summary>Reranks with <paramref name="model"/>; see the other overload.</summary>
    public static IEnumerable<(string QueryId, IReadOnlyList<ScoredDoc> Hits)> Rerank(
        CrossEncoder model, Run run, IReadOnlyDictionary<string, string> queries, IPassageSource passages, RunRerankOptions? options = null, Action<long>? progress = null) =>
        Rerank(model.Score, run, queries, passages, options, progress);

    /// <summary>
    /// Streams the reranked queries in the run's order. The top <see cref="RunRerankOptions.Depth"/> hits of each query
    /// (by first-stage score, ties as trec_eval orders them) are rescored by <paramref name="score"/> and sorted; a query
    /// missing from <paramref name="queries"/> or a passage missing from <paramref name="passages"/> is an error.
    /// </summary>
    public static IEnumerable<(string QueryId, IReadOnlyList<ScoredDoc> Hits)> Rerank(
        Func<IReadOnlyList<(string Query, string Passage)>, float[]> score, Run run, IReadOnlyDictionary<string, string> queries,
        IPassageSource passages, RunRerankOptions? options = null, Action<long>? progress = null)
    {
        options ??= new RunRerankOptions();
        var chunk = new List<(string QueryId, List<RerankCandidate> Hits)>();
        var pairs = new List<(string, string)>();
        foreach (string qid in run.QueryIds)
        {
            if (!queries.TryGetValue(qid, out string? query))
            {
                throw new InputFormatException("topics", 0, $"query {qid} of the run is not in the topics");
            }

            var hits = new List<RerankCandidate>();
            foreach (var hit in TopByScore(run[qid], options.Depth))
            {
                if (!passages.TryGetText(hit.DocId, out string text))
                {
                    throw new InputFormatException(passages.Name, 0, $"passage {hit.DocId} (ranked for query {qid}) is not in the passages");
                }

                hits.Add(new RerankCandidate(hit.DocId, text));
                pairs.Add((query, text));
            }

            chunk.Add((qid, hits));
            if (pairs.Count >= options.ChunkPairs)
            {
                foreach (var result in ScoreChunk(score, chunk, pairs, progress))
                {
                    yield return result;
                }
            }
        }

        foreach (var result in ScoreChunk(score, chunk, pairs, progress))
        {
            yield return result;
        }
    }

    /// <summary>The first <paramref name="depth"/> hits by descending score, equal scores by descending docid (trec_eval's order).</summary>
    public static IReadOnlyList<ScoredDoc> TopByScore(IReadOnlyList<ScoredDoc> hits, int depth)
    {
        var sorted = hits.ToList();
        sorted.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : string.CompareOrdinal(b.DocId, a.DocId));
        return sorted.Count > depth ? sorted.GetRange(0, depth) : sorted;
    }

    private static List<(string, IReadOnlyList<ScoredDoc>)> ScoreChunk(
        Func<IReadOnlyList<(string, string)>, float[]> score, List<(string QueryId, List<RerankCandidate> Hits)> chunk,
        List<(string, string)> pairs, Action<long>? progress)
    {
        var results = new List<(string, IReadOnlyList<ScoredDoc>)>(chunk.Count);
        float[] scores = pairs.Count > 0 ? score(pairs) : [];
        int offset = 0;
        foreach (var (qid, hits) in chunk)
        {
            results.Add((qid, CrossEncoder.RankByScore(hits, new ArraySegment<float>(scores, offset, hits.Count))));
            offset += hits.Count;
        }

        progress?.Invoke(pairs.Count);
        chunk.Clear();
        pairs.Clear();
        return results;
    }
}
