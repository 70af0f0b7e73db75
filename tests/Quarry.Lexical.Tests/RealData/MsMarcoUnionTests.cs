using Quarry.Data.Topics;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Search;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.RealData;

/// <summary>Acceptance on real data: every DL19/DL20 query's top-10 equals the naive Lucene-9 BM25 computation.</summary>
public sealed class MsMarcoUnionTests(MsMarcoUnionFixture data) : IClassFixture<MsMarcoUnionFixture>
{
    [Fact]
    public void Index_UnionPassages_HasEveryPassageAndItsText()
    {
        Assert.Equal(29_925, data.Index.DocumentCount);
        Assert.NotNull(data.Index.DocStore);
        foreach (int i in new[] { 0, 1, 4321, 29_924 })
        {
            var p = data.Passages[i];
            Assert.True(data.Index.DocStore!.TryGetText(p.Id, out string text));
            Assert.Equal(p.Text, text);
        }

        Assert.False(data.Index.DocStore!.TryGetText("no-such-id", out _));
    }

    [Fact]
    public void Search_Dl19AndDl20Top10_EqualsNaiveBm25ForEveryAlgorithm()
    {
        var queries = TopicsReader.Load(SharedData.Path("dl19/topics.dl19-passage.txt"));
        queries.AddRange(TopicsReader.Load(SharedData.Path("dl20/topics.dl20.txt")));
        Assert.Equal(243, queries.Count);
        var analyzer = new EnglishAnalyzer();
        var expected = queries.Select(q =>
        {
            var tokens = new List<string>();
            analyzer.Analyze(q.Text, tokens);
            return data.Naive.Search(tokens, 10);
        }).ToList();
        foreach (var algorithm in Enum.GetValues<SearchAlgorithm>())
        {
            var results = new Bm25Searcher(data.Index) { Algorithm = algorithm }.BatchSearch(queries, 10, 2);
            for (int q = 0; q < queries.Count; q++)
            {
                Assert.Equal(expected[q].Select(e => e.Id), results[q].Select(h => h.DocId));
                Assert.Equal(expected[q].Select(e => e.Score), results[q].Select(h => h.Score));
            }
        }
    }

    [Fact]
    public void Search_Rm3OnUnion_ReturnsExpandedRankingThatDiffersFromBm25()
    {
        var searcher = new Bm25Searcher(data.Index) { Rm3 = new Rm3Options() };
        var plain = new Bm25Searcher(data.Index);
        string query = "how long is life cycle of flea";
        var rm3 = searcher.Search(query, 100);
        var bm25 = plain.Search(query, 100);
        Assert.Equal(100, rm3.Length);
        Assert.NotEqual(bm25.Select(h => h.DocId), rm3.Select(h => h.DocId));
        Assert.True(rm3.Zip(rm3.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
