using System.Text.Json;
using Quarry.Data.IO;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Tokenize;

/// <summary>`quarry tokenize` against Hugging Face's own ids (shared/data/tokenization).</summary>
public sealed class TokenizeCliTests
{
    private static string Tokenizer => SharedData.Path("models/tokenizers/bert-base-uncased");

    private static List<string[]> FirstLines(string relative, int count) =>
        [.. TextInput.ReadLines(SharedData.Path(relative)).Take(count).Select(l => l.Text.Split('\t', 2))];

    private static List<JsonElement> Jsonl(string path) =>
        [.. TextInput.ReadLines(path).Select(l => JsonDocument.Parse(l.Text).RootElement.Clone())];

    [Theory]
    [InlineData("msmarco/passages.dl19-dl20.union.tsv.gz", "tokenization/bert-base-uncased.passages.jsonl.gz", 3000)]
    [InlineData("msmarco/topics.msmarco-passage.dev-subset.txt", "tokenization/bert-base-uncased.queries.jsonl.gz", 1000)]
    public void Tokenize_ReferenceTexts_IdsIdenticalToHuggingFace(string texts, string reference, int count)
    {
        using var dir = new TempDir();
        File.WriteAllLines(dir.File("in.tsv"), FirstLines(texts, count).Select(f => f[0] + "\t" + f[1]));
        var result = CliProcess.Run("tokenize", "--tokenizer", Tokenizer, "--input", dir.File("in.tsv"), "--output", dir.File("out.jsonl"));
        Assert.True(result.ExitCode == 0, result.StdErr);

        var expected = Jsonl(SharedData.Path(reference));
        var actual = Jsonl(dir.File("out.jsonl"));
        Assert.Equal(count, expected.Count);
        Assert.Equal(count, actual.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(expected[i].GetProperty("id").GetString(), actual[i].GetProperty("id").GetString());
            Assert.True(expected[i].GetProperty("ids").GetRawText() == actual[i].GetProperty("ids").GetRawText(), $"line {i + 1} differs");
        }
    }

    [Fact]
    public void Tokenize_ReferencePairsCutSequence_IdsAndTypesIdenticalToReference()
    {
        using var dir = new TempDir();
        var queries = FirstLines("msmarco/topics.msmarco-passage.dev-subset.txt", 500);
        var passages = FirstLines("msmarco/passages.dl19-dl20.union.tsv.gz", 500);
        File.WriteAllLines(dir.File("pairs.tsv"), queries.Zip(passages, (q, p) => $"{q[0]}\t{q[1]}\t{p[0]}\t{p[1]}"));
        var result = CliProcess.Run("tokenize", "--tokenizer", Tokenizer, "--pair", "--input", dir.File("pairs.tsv"),
            "--output", dir.File("out.jsonl"), "--max-length", "128", "--truncation", "cut-sequence");
        Assert.True(result.ExitCode == 0, result.StdErr);

        var expected = Jsonl(SharedData.Path("tokenization/bert-base-uncased.pairs.jsonl.gz"));
        var actual = Jsonl(dir.File("out.jsonl"));
        Assert.Equal(500, actual.Count);
        for (int i = 0; i < 500; i++)
        {
            foreach (string field in new[] { "qid", "pid", "ids", "type_ids" })
            {
                Assert.True(expected[i].GetProperty(field).GetRawText() == actual[i].GetProperty(field).GetRawText(), $"pair {i + 1}: {field} differs");
            }
        }
    }

    [Fact]
    public void Tokenize_PairLineWithThreeFields_ErrorNamesFileAndLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("pairs.tsv"), "1\tq\t2\tp\n3\tq\t4\n");
        var result = CliProcess.Run("tokenize", "--tokenizer", Tokenizer, "--pair", "--input", dir.File("pairs.tsv"), "--output", dir.File("out.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pairs.tsv:2: expected 4 tab-separated fields", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.jsonl")));
    }

    [Fact]
    public void Tokenize_TokenizerFolderEmpty_ClearError()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("in.tsv"), "1\thello\n");
        var result = CliProcess.Run("tokenize", "--tokenizer", dir.Path, "--input", dir.File("in.tsv"), "--output", dir.File("out.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected tokenizer.json or vocab.txt", result.StdErr, StringComparison.Ordinal);
    }
}
