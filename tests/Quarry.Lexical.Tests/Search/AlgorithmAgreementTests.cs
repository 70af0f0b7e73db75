using Quarry.Lexical.Search;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Search;

/// <summary>Property tests: on random corpora the three algorithms and the naive oracle give the identical top-k.</summary>
public sealed class AlgorithmAgreementTests
{
    [Theory]
    [InlineData(1, 3000, 60, 30)]
    [InlineData(2, 2000, 500, 12)]
    [InlineData(3, 700, 8, 5)]
    public void AllAlgorithms_RandomCorpus_MatchNaiveTopK(int seed, int documents, int vocabulary, int maxLength)
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(seed, documents, vocabulary, maxLength);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var naive = new NaiveBm25();
        foreach (var p in corpus)
        {
            naive.Add(p.Id, p.Text.Split(' '));
        }

        var random = new Random(seed * 31);
        for (int q = 0; q < 40; q++)
        {
            int terms = random.Next(1, 7);
            var words = Enumerable.Range(0, terms).Select(_ => "t" + random.Next(vocabulary + 3)).ToArray();
            foreach (int k in new[] { 1, 10, 100 })
            {
                var expected = naive.Search(words, k);
                foreach (var algorithm in Enum.GetValues<SearchAlgorithm>())
                {
                    var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer()) { Algorithm = algorithm };
                    var hits = searcher.Search(string.Join(' ', words), k);
                    Assert.Equal(expected.Select(e => e.Id), hits.Select(h => h.DocId));
                    Assert.Equal(expected.Select(e => e.Score), hits.Select(h => h.Score));
                }
            }
        }
    }

    [Fact]
    public void AllAlgorithms_ExactLengths_MatchNaiveTopK()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(9, 1500, 80, 120);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var naive = new NaiveBm25(1.2f, 0.75f, exactLengths: true);
        foreach (var p in corpus)
        {
            naive.Add(p.Id, p.Text.Split(' '));
        }

        var options = new Quarry.Lexical.Scoring.Bm25Options { K1 = 1.2f, B = 0.75f, ExactLengths = true };
        foreach (var algorithm in Enum.GetValues<SearchAlgorithm>())
        {
            var searcher = new Bm25Searcher(index, options, () => new WhitespaceAnalyzer()) { Algorithm = algorithm };
            var hits = searcher.Search("t1 t5 t5 t33 t70", 20);
            var expected = naive.Search(["t1", "t5", "t5", "t33", "t70"], 20);
            Assert.Equal(expected.Select(e => (e.Id, e.Score)), hits.Select(h => (h.DocId, h.Score)));
        }
    }

    [Fact]
    public void AllAlgorithms_FractionalWeightsAsRm3Gives_MatchNaiveTopK()
    {
        using var dir = new TempDir();
        var corpus = TestIndexes.RandomCorpus(21, 4000, 150, 60);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var naive = new NaiveBm25();
        foreach (var p in corpus)
        {
            naive.Add(p.Id, p.Text.Split(' '));
        }

        var random = new Random(77);
        for (int q = 0; q < 30; q++)
        {
            var terms = Enumerable.Range(0, random.Next(2, 12)).Select(i => ("t" + random.Next(150), (float)random.NextDouble())).DistinctBy(t => t.Item1).ToList();
            var expected = naive.Search(terms, 10);
            foreach (var algorithm in Enum.GetValues<SearchAlgorithm>())
            {
                var hits = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer()) { Algorithm = algorithm }.SearchWeighted(terms, 10);
                Assert.Equal(expected.Select(e => (e.Id, e.Score)), hits.Select(h => (h.DocId, h.Score)));
            }
        }
    }
}
