using Quarry.Data.Records;
using Quarry.Lexical.Search;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Search;

public sealed class SearcherBehaviourTests
{
    private static readonly List<Passage> Corpus =
    [
        new("b", "apple banana"),
        new("a", "apple banana"),
        new("c", "cherry"),
        new("d", "apple apple apple cherry date"),
    ];

    [Fact]
    public void Search_EqualScores_BreaksTiesByIdAscending()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus);
        var hits = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer()).Search("banana", 10);
        Assert.Equal(["a", "b"], hits.Select(h => h.DocId));
        Assert.Equal(hits[0].Score, hits[1].Score);
    }

    [Fact]
    public void Search_QueryWithNoKnownTerm_ReturnsNoHits()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus);
        var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer());
        Assert.Empty(searcher.Search("   ", 10));
        Assert.Empty(searcher.Search("zebra", 10));
    }

    [Fact]
    public void Search_NonPositiveK_Throws()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus);
        var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer());
        Assert.Throws<ArgumentOutOfRangeException>(() => searcher.Search("apple", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => searcher.BatchSearch([new Query("1", "apple")], -1, 1));
    }

    [Fact]
    public void BatchSearch_AnyThreadCount_GivesIdenticalResults()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(5, 2000, 100, 20);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer()) { Algorithm = SearchAlgorithm.BlockMaxWand };
        var random = new Random(1);
        var queries = Enumerable.Range(0, 200).Select(i => new Query(i.ToString(), $"t{random.Next(100)} t{random.Next(100)} t{random.Next(30)}")).ToList();
        var one = searcher.BatchSearch(queries, 50, 1);
        var four = searcher.BatchSearch(queries, 50, 4);
        for (int i = 0; i < queries.Count; i++)
        {
            Assert.Equal(one[i], four[i]);
        }
    }

    [Fact]
    public void Search_RepeatedQueryTerm_CountsOncePerOccurrence()
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), Corpus);
        var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer());
        float once = searcher.Search("cherry", 1)[0].Score;
        float twice = searcher.Search("cherry cherry", 1)[0].Score;
        Assert.True(twice > once * 1.99f && twice < once * 2.01f);
    }
}
