using Quarry.Data.IO;
using Quarry.Eval.Input;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Eval.Tests.Input;

public sealed class BadInputTests
{
    [Fact]
    public void RunLoad_FiveFields_NamesFileLineAndExpectedLayout()
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, "1 Q0 d1 1 2.5 tag\n1 Q0 d2 2 1.5\n");

        var ex = Assert.Throws<InputFormatException>(() => RunTable.Load(run));

        Assert.Equal(2, ex.Line);
        Assert.StartsWith("run.txt:2:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("6 fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLoad_DuplicateDocForQuery_IsRefusedWithItsLine()
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, "1 Q0 d1 1 2.5 t\n2 Q0 d1 1 2.5 t\n1 Q0 d2 2 1.5 t\n1 Q0 d1 3 0.5 t\n");

        var ex = Assert.Throws<InputFormatException>(() => RunTable.Load(run));

        Assert.Equal(4, ex.Line);
        Assert.Contains("'d1' appears twice for query '1'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5x")]
    [InlineData("nan")]
    public void RunLoad_NonNumericScore_NamesTheValue(string score)
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, $"1 Q0 d1 1 {score} tag\n");

        var ex = Assert.Throws<InputFormatException>(() => RunTable.Load(run));

        Assert.Equal(1, ex.Line);
        Assert.Contains($"'{score}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLoad_EmptyFile_SaysEmpty()
    {
        using var dir = new TempDir();
        string run = dir.File("run.txt");
        File.WriteAllText(run, "");

        var ex = Assert.Throws<InputFormatException>(() => RunTable.Load(run));

        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        Assert.Contains("run.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgmentsLoad_EmptyFile_SaysEmpty()
    {
        using var dir = new TempDir();
        string qrels = dir.File("qrels.txt");
        File.WriteAllText(qrels, "\n");

        var ex = Assert.Throws<InputFormatException>(() => Judgments.Load(qrels));

        Assert.Contains("qrels.txt", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 0 d1\n", "4 fields")]
    [InlineData("1 0 d1 1 extra\n", "4 fields")]
    [InlineData("1 0 d1 high\n", "'high'")]
    [InlineData("1 0 d1 1\n1 0 d1 2\n", "judged twice")]
    public void JudgmentsLoad_MalformedLine_NamesLineAndProblem(string content, string expected)
    {
        using var dir = new TempDir();
        string qrels = dir.File("qrels.txt");
        File.WriteAllText(qrels, content);

        var ex = Assert.Throws<InputFormatException>(() => Judgments.Load(qrels));

        Assert.True(ex.Line >= 1);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLoad_MissingFile_SaysNotFound()
    {
        var ex = Assert.Throws<InputFormatException>(() => RunTable.Load(Path.Combine(Path.GetTempPath(), "no-such-run-" + Guid.NewGuid())));

        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }
}
