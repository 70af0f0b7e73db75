using Quarry.Data.Records;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index;
using Quarry.Lexical.Tests.Support;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.Index;

/// <summary>The build with the English analyzer, whose tokens go through the per-thread token cache rather than term strings.</summary>
public sealed class BuildEnglishTests
{
    private static readonly string[] Words =
    [
        "The", "the", "THE", "runner's", "Runners", "running", "ran", "a", "an", "and", "is", "Connection", "connections",
        "connected", "U.S.A.", "3.14", "don't", "it's", "©", "®", "naïve", "Über", "über", "日本語", "🙂", "x", "caresses",
        "ponies", "generalizations", "Oscillators", "relational", "hopping", "it", "to", "be", "or", "not",
    ];

    [Fact]
    public void Build_EnglishAnalyzerAnyThreadCount_PostingsAreTheAnalyzersTermCounts()
    {
        using var dir = new TempDir();
        var random = new Random(21);
        var corpus = Enumerable.Range(0, 1500)
            .Select(d => new Passage("p" + d, string.Join(random.Next(3) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => Words[random.Next(Words.Length)]))))
            .ToList();
        var one = TestIndexes.Build(dir.File("one"), corpus, () => new EnglishAnalyzer(), threads: 1, batchSize: 4096);
        var three = TestIndexes.Build(dir.File("three"), corpus, () => new EnglishAnalyzer(), threads: 3, batchSize: 7);
        three.Dispose();

        var analyzer = new EnglishAnalyzer();
        var expected = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        using (one)
        {
            for (int d = 0; d < corpus.Count; d++)
            {
                var terms = analyzer.Analyze(corpus[d].Text);
                Assert.Equal(terms.Count, one.Lengths.Length(d));
                foreach (var g in terms.GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!expected.TryGetValue(g.Key, out var list))
                    {
                        expected[g.Key] = list = [];
                    }

                    list.Add((d, g.Count()));
                }
            }

            Assert.Equal(expected.Count, one.Terms.Count);
            foreach (var (term, postings) in expected)
            {
                Assert.Equal(postings, one.Postings(term).ToList());
            }
        }

        foreach (string file in Directory.GetFiles(dir.File("one")).Select(f => Path.GetFileName(f)).Where(f => f != IndexFiles.Manifest))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.File("one"), file)), File.ReadAllBytes(Path.Combine(dir.File("three"), file)));
        }
    }
}
