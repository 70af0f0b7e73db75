using Quarry.Data.Classic;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Search;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Lexical.Tests.RealData;

/// <summary>Golden test: Anserini's own BM25 run on CACM (top 30, 64 topics), reproduced line for line.</summary>
public sealed class CacmParityTests
{
    [Fact]
    public void Search_CacmTopicsTop30_EqualsAnseriniSampleRunLineForLine()
    {
        var cacm = ClassicCollections.Cacm(SharedData.Path("classic/cacm"));
        Assert.Equal(3204, cacm.Documents.Count);
        Assert.Equal(64, cacm.Queries.Count);
        using var dir = new TempDir();
        IndexBuilder.Build(cacm.Documents, dir.File("cacm"), new IndexBuildOptions { AnalyzerFactory = () => new EnglishAnalyzer(), Threads = 2 });
        using var index = LexicalIndex.Open(dir.File("cacm"));
        var searcher = new Bm25Searcher(index);
        var lines = new List<string>();
        foreach (var query in cacm.Queries)
        {
            var hits = searcher.Search(query.Text, 30);
            var scores = hits.Select(h => h.Score).ToArray();
            AnseriniScores.Adjust(scores);
            for (int i = 0; i < hits.Length; i++)
            {
                lines.Add($"{query.Id} Q0 {hits[i].DocId} {i + 1} {AnseriniScores.Format(scores[i])} Anserini");
            }
        }

        var expected = File.ReadAllLines(SharedData.Path("classic/cacm/run.cacm-bm25.anserini-sample.txt"));
        for (int i = 0; i < Math.Min(expected.Length, lines.Count); i++)
        {
            Assert.True(expected[i] == lines[i], $"line {i + 1}: expected '{expected[i]}', got '{lines[i]}'");
        }

        Assert.Equal(expected.Length, lines.Count);
    }
}
