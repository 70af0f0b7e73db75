using Xunit;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Quarry.Lexical.Analysis;
using Quarry.Tests.Shared;

namespace Quarry.Lexical.Tests.Analysis;

/// <summary>Token lists must equal the real analyzer's output on real MS MARCO passages and queries.</summary>
public sealed class ReferenceParityTests
{
    [Fact]
    public void Passages_First3000_MatchReferenceTokensExactly()
    {
        var texts = ReadTsv(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz"), 3000);
        AssertMatches(texts, SharedData.Path("analysis/anserini-english.passages.jsonl.gz"), expectedCount: 3000);
    }

    [Fact]
    public void Queries_First1000_MatchReferenceTokensExactly()
    {
        var texts = ReadTsv(SharedData.Path("msmarco/topics.msmarco-passage.dev-subset.txt"), 1000);
        AssertMatches(texts, SharedData.Path("analysis/anserini-english.queries.jsonl.gz"), expectedCount: 1000);
    }

    private static void AssertMatches(Dictionary<string, string> texts, string referenceFile, int expectedCount)
    {
        var analyzer = new EnglishAnalyzer();
        var terms = new List<string>();
        var failures = new StringBuilder();
        int compared = 0;
        int differing = 0;
        foreach (string line in ReadLines(referenceFile))
        {
            using var doc = JsonDocument.Parse(line);
            string id = doc.RootElement.GetProperty("id").GetString()!;
            var expected = doc.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
            terms.Clear();
            analyzer.Analyze(texts[id], terms);
            compared++;
            if (!expected.SequenceEqual(terms))
            {
                differing++;
                if (differing <= 5)
                {
                    failures.Append(id).Append(":\n  expected ").AppendJoin(' ', expected).Append("\n  actual   ").AppendJoin(' ', terms).Append('\n');
                }
            }
        }

        Assert.Equal(expectedCount, compared);
        Assert.True(differing == 0, $"{differing} of {compared} texts differ:\n{failures}");
    }

    private static Dictionary<string, string> ReadTsv(string path, int count)
    {
        var texts = new Dictionary<string, string>();
        foreach (string line in ReadLines(path))
        {
            if (texts.Count == count)
            {
                break;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            texts[line[..tab]] = line[(tab + 1)..];
        }

        return texts;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
