using Quarry.Data.Records;
using Quarry.Lexical.Analysis;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Index.Manifest;

namespace Quarry.Lexical.Tests.Support;

/// <summary>Builds small indexes in temporary directories for tests.</summary>
internal static class TestIndexes
{
    public static LexicalIndex Build(string directory, IEnumerable<Passage> passages, Func<IAnalyzer>? analyzer = null, int threads = 1, bool storeDocs = true, int batchSize = 64)
    {
        IndexBuilder.Build(passages, directory, new IndexBuildOptions
        {
            AnalyzerFactory = analyzer ?? (() => new WhitespaceAnalyzer()),
            Analyzer = new AnalyzerSettings { Name = "test-whitespace" },
            Threads = threads,
            StoreDocs = storeDocs,
            BatchSize = batchSize,
            Source = "test",
        });
        return LexicalIndex.Open(directory);
    }

    /// <summary>A random corpus over a small vocabulary (so that terms repeat and scores tie) with ids in shuffled order.</summary>
    public static List<Passage> RandomCorpus(int seed, int documents, int vocabulary, int maxLength)
    {
        var random = new Random(seed);
        var passages = new List<Passage>(documents);
        var order = Enumerable.Range(0, documents).OrderBy(_ => random.Next()).ToArray();
        for (int d = 0; d < documents; d++)
        {
            int length = random.Next(1, maxLength + 1);
            var words = new string[length];
            for (int i = 0; i < length; i++)
            {
                // Squaring skews towards low term numbers: a few frequent terms, a long tail.
                double u = random.NextDouble();
                words[i] = "t" + (int)(u * u * vocabulary);
            }

            passages.Add(new Passage("d" + order[d], string.Join(' ', words)));
        }

        return passages;
    }
}
