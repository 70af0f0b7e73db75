using System.IO.Compression;
using System.Text;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Analyze;

/// <summary>`quarry analyze` end to end: its file output is the real analyzer's reference output, byte for byte.</summary>
public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_Text_PrintsOneTermPerLine()
    {
        var result = CliProcess.Run("analyze", "--text", "The Running connections of John's Â©");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("run\nconnect\njohn\nâ\n©\n", result.StdOut.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_TextWithOptions_KeepsStopwordsAndWholeWords()
    {
        var result = CliProcess.Run("analyze", "--text", "The Running connections", "--keep-stopwords", "--stemmer", "none");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("the\nrunning\nconnections\n", result.StdOut.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_RealPassagesFile_WritesReferenceFileByteForByte()
    {
        using var dir = new TempDir();
        string input = dir.File("passages.tsv");
        File.WriteAllLines(input, ReadLines(SharedData.Path("msmarco/passages.dl19-dl20.union.tsv.gz")).Take(3000), new UTF8Encoding(false));
        string output = dir.File("terms.jsonl.gz");

        var result = CliProcess.Run("analyze", "--input", input, "--output", output);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("3,000 texts", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(
            ReadLines(SharedData.Path("analysis/anserini-english.passages.jsonl.gz")).ToList(),
            ReadLines(output).ToList());
    }

    [Fact]
    public void Analyze_RealTopicsToStdout_FirstThousandMatchReference()
    {
        var result = CliProcess.Run("analyze", "--input", SharedData.Path("msmarco/topics.msmarco-passage.dev-subset.txt"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        string[] lines = result.StdOut.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6980, lines.Length);
        Assert.Equal(ReadLines(SharedData.Path("analysis/anserini-english.queries.jsonl.gz")).ToList(), lines.Take(1000).ToList());
    }

    [Fact]
    public void Analyze_LineWithoutTab_FailsNamingFileAndLine()
    {
        using var dir = new TempDir();
        string input = dir.File("bad.tsv");
        File.WriteAllText(input, "1\tfine text\n2 no tab here\n");
        string output = dir.File("out.jsonl");

        var result = CliProcess.Run("analyze", "--input", input, "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.tsv:2", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("no tab", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(output), "a failed run must not leave an output file");
    }

    [Fact]
    public void Analyze_NeitherTextNorInput_IsUsageError()
    {
        var result = CliProcess.Run("analyze");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--text", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnknownStemmer_IsRejected()
    {
        var result = CliProcess.Run("analyze", "--text", "x", "--stemmer", "krovetz");
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Analyze_EmptyPassage_GivesEmptyTokenList()
    {
        using var dir = new TempDir();
        string input = dir.File("empty.tsv");
        File.WriteAllText(input, "7\t\n8\t!!!\n");

        var result = CliProcess.Run("analyze", "--input", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"id\":\"7\",\"tokens\":[]}\n{\"id\":\"8\",\"tokens\":[]}\n", result.StdOut.ReplaceLineEndings("\n"));
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
