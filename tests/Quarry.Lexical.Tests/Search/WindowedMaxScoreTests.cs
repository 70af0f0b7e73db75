using Quarry.Data.Records;
using Quarry.Lexical.Scoring;
using Quarry.Lexical.Search;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Search;

/// <summary>
/// Property tests of the windowed MaxScore against exhaustive OR on corpora several windows long: random k up to 2,000,
/// heavy score ties, rare terms whose blocks span many windows, large tfs (the eight-lane block scoring), and sampled
/// floors that hold or prove too high.
/// </summary>
public sealed class WindowedMaxScoreTests
{
    // Several windows of MaxScore.WindowSize documents, so primed windows, skipped windows and rewinds all occur.
    private const int Documents = (MaxScore.WindowSize * 5) + 1234;

    [Theory]
    [InlineData(11, null)]
    [InlineData(12, "exact")]
    public void MaxScore_RandomKManyTies_MatchesExhaustiveBitForBit(int seed, string? mode)
    {
        using var dir = new TempDir();
        var corpus = TiedCorpus(seed);
        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var options = mode == "exact" ? new Bm25Options { K1 = 1.2f, B = 0.75f, ExactLengths = true } : new Bm25Options();
        var oracle = new Bm25Searcher(index, options, () => new WhitespaceAnalyzer()) { Algorithm = SearchAlgorithm.Exhaustive };
        var maxScore = new Bm25Searcher(index, options, () => new WhitespaceAnalyzer()) { Algorithm = SearchAlgorithm.MaxScore };
        AssertAgreeOnRandomQueries(oracle, maxScore, seed * 17);
    }

    [Theory]
    [InlineData(21, 2.0, true)]
    [InlineData(22, 0.3, false)] // the floor sits above the k-th score and the search is run again
    public void MaxScore_SampledFloor_MatchesExhaustiveBitForBit(int seed, double margin, bool held)
    {
        using var dir = new TempDir();
        using var index = TestIndexes.Build(dir.File("idx"), TiedCorpus(seed));
        var oracle = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer()) { Algorithm = SearchAlgorithm.Exhaustive };
        // Every other window sampled, from k = 2 up, on these six windows.
        var maxScore = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer())
        {
            Sampling = new FloorSampling(SampledTopDocuments: 1, MinimumStride: 2, MaximumStride: 2, Margin: margin, MinimumSampledWindows: 2),
        };
        AssertAgreeOnRandomQueries(oracle, maxScore, seed * 17);
        Assert.True((held ? maxScore.FloorsHeld : maxScore.FloorsDropped) > 0);
    }

    private static void AssertAgreeOnRandomQueries(Bm25Searcher oracle, Bm25Searcher maxScore, int seed)
    {
        var random = new Random(seed);
        for (int q = 0; q < 25; q++)
        {
            // Frequent words (t0..t9), mid words, rare words (r...) and a word no document has.
            var words = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(4) switch
            {
                0 => "t" + random.Next(10),
                1 => "t" + random.Next(10, 40),
                2 => "r" + random.Next(60),
                _ => "absent",
            });
            string query = string.Join(' ', words);
            int k = random.Next(1, 2001);
            var expected = oracle.Search(query, k);
            var actual = maxScore.Search(query, k);
            Assert.Equal(expected.Select(h => h.DocId), actual.Select(h => h.DocId));
            Assert.Equal(expected.Select(h => BitConverter.SingleToInt32Bits(h.Score)), actual.Select(h => BitConverter.SingleToInt32Bits(h.Score)));
        }
    }

    [Fact]
    public void MaxScore_LargeTfs_MatchNaiveScores()
    {
        // tf up to 300 and lengths over 1,000: the block scoring must round exactly as the scalar formula does.
        using var dir = new TempDir();
        var random = new Random(5);
        var corpus = new List<Passage>();
        var naive = new NaiveBm25();
        for (int d = 0; d < 3000; d++)
        {
            var tokens = new List<string>();
            tokens.AddRange(Enumerable.Repeat("big", random.Next(1, 300)));
            tokens.AddRange(Enumerable.Range(0, random.Next(0, 900)).Select(_ => "f" + random.Next(20)));
            corpus.Add(new Passage("p" + d, string.Join(' ', tokens)));
            naive.Add("p" + d, tokens);
        }

        using var index = TestIndexes.Build(dir.File("idx"), corpus);
        var searcher = new Bm25Searcher(index, null, () => new WhitespaceAnalyzer());
        var expected = naive.Search(["big", "f3"], 3000);
        var actual = searcher.Search("big f3", 3000);
        Assert.Equal(expected.Select(e => (e.Id, e.Score)), actual.Select(h => (h.DocId, h.Score)));
    }

    /// <summary>Short passages over a small vocabulary (many equal scores), ids shuffled against document order, and rare words.</summary>
    private static List<Passage> TiedCorpus(int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, Documents).OrderBy(_ => random.Next()).ToArray();
        var passages = new List<Passage>(Documents);
        for (int d = 0; d < Documents; d++)
        {
            int length = random.Next(1, 5);
            var words = new List<string>(length + 1);
            for (int i = 0; i < length; i++)
            {
                double u = random.NextDouble();
                words.Add("t" + (int)(u * u * 40));
            }

            if (random.Next(200) == 0)
            {
                words.Add("r" + random.Next(60));
            }

            passages.Add(new Passage("d" + order[d], string.Join(' ', words)));
        }

        return passages;
    }
}
