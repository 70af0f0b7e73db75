using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Runs;
using Quarry.Neural.Reranking;

namespace Quarry.Neural.Tests.Reranking;

/// <summary>Reranking a run with a stand-in scorer: depth, order, cross-query batches and missing inputs.</summary>
public sealed class RunRerankerTests
{
    private static readonly Dictionary<string, string> Queries = new() { ["q1"] = "one", ["q2"] = "two" };

    private static Run SampleRun()
    {
        var run = new Run();
        run.Add("q1", new ScoredDoc("a", 1.0));
        run.Add("q1", new ScoredDoc("b", 3.0));
        run.Add("q1", new ScoredDoc("c", 2.0));
        run.Add("q2", new ScoredDoc("b", 5.0));
        run.Add("q2", new ScoredDoc("d", 4.0));
        return run;
    }

    private static PassageTable Texts() => PassageTable.FromTexts("texts", new Dictionary<string, string>
    {
        ["a"] = "aaaa", ["b"] = "b", ["c"] = "cc", ["d"] = "ddd",
    });

    // Score = passage length, so the expected order is known by hand.
    private static float[] ByLength(IReadOnlyList<(string Query, string Passage)> pairs) => [.. pairs.Select(p => (float)p.Passage.Length)];

    [Fact]
    public void Rerank_Depth_TakesFirstStageTopThenSortsByModelScore()
    {
        var result = RunReranker.Rerank(ByLength, SampleRun(), Queries, Texts(), new RunRerankOptions { Depth = 2 }).ToList();
        Assert.Equal(["q1", "q2"], result.Select(r => r.QueryId));
        // q1's top 2 by BM25 score are b (3.0) and c (2.0); by length c (2) beats b (1).
        Assert.Equal([new ScoredDoc("c", 2), new ScoredDoc("b", 1)], result[0].Hits);
        Assert.Equal([new ScoredDoc("d", 3), new ScoredDoc("b", 1)], result[1].Hits);
    }

    [Fact]
    public void Rerank_SmallChunks_BatchesAcrossQueriesWithSameResult()
    {
        var calls = new List<int>();
        float[] Counting(IReadOnlyList<(string Query, string Passage)> pairs)
        {
            calls.Add(pairs.Count);
            return ByLength(pairs);
        }

        var big = RunReranker.Rerank(Counting, SampleRun(), Queries, Texts(), new RunRerankOptions { ChunkPairs = 100 }).ToList();
        Assert.Equal([5], calls);
        calls.Clear();
        var small = RunReranker.Rerank(Counting, SampleRun(), Queries, Texts(), new RunRerankOptions { ChunkPairs = 1 }).ToList();
        Assert.Equal([3, 2], calls);
        Assert.Equal(big.SelectMany(r => r.Hits), small.SelectMany(r => r.Hits));
    }

    [Fact]
    public void Rerank_MissingPassage_ErrorNamesPassageAndQuery()
    {
        var run = SampleRun();
        run.Add("q2", new ScoredDoc("zz", 9.0));
        var ex = Assert.Throws<InputFormatException>(() => RunReranker.Rerank(ByLength, run, Queries, Texts()).ToList());
        Assert.Contains("passage zz (ranked for query q2) is not in the passages", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rerank_QueryMissingFromTopics_Error()
    {
        var ex = Assert.Throws<InputFormatException>(() =>
            RunReranker.Rerank(ByLength, SampleRun(), new Dictionary<string, string> { ["q1"] = "x" }, Texts()).ToList());
        Assert.Contains("query q2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopByScore_Ties_BrokenByDocIdDescendingAsTrecEval()
    {
        var top = RunReranker.TopByScore([new("d1", 1), new("d3", 1), new("d2", 2)], 2);
        Assert.Equal(["d2", "d3"], top.Select(h => h.DocId));
    }
}
