using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Fuse;

public sealed class FuseInputTests
{
    [Fact]
    public void Fuse_QueryMissingFromOneRun_WarnsAndKeepsTheQuery()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\nq2 Q0 d9 1 1.0 a\n");
        File.WriteAllText(dir.File("b.txt"), "q1 Q0 d2 1 2.0 b\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), dir.File("b.txt"), "-o", dir.File("f.txt"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("b.txt lacks 1 of the 2 queries", result.StdErr, StringComparison.Ordinal);
        var lines = File.ReadAllLines(dir.File("f.txt"));
        // q1: d1 and d2 both at rank 1 of one run: equal 1/61, so docid ascending
        Assert.Equal(["q1 Q0 d1 1", "q1 Q0 d2 2", "q2 Q0 d9 1"], lines.Select(l => string.Join(' ', l.Split(' ')[..4])));
    }

    [Fact]
    public void Fuse_OneRun_FailsWithOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), "-o", dir.File("f.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least two runs", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("f.txt")));
    }

    [Fact]
    public void Fuse_WeightCountMismatch_FailsWithOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), dir.File("a.txt"), "--weights", "1,2,3", "-o", dir.File("f.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("3 weights given for 2 runs", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_MalformedRunLine_NamesFileAndLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\n");
        File.WriteAllText(dir.File("bad.txt"), "q1 Q0 d1 1 3.0 a\nq1 Q0 d2 2 high a\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), dir.File("bad.txt"), "-o", dir.File("f.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.txt:2:", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_UnknownMethod_FailsWithOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), dir.File("a.txt"), "--method", "borda", "-o", dir.File("f.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--method: expected rrf", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_OptimizeUnknownMeasure_FailsWithOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "q1 Q0 d1 1 3.0 a\n");
        File.WriteAllText(dir.File("qrels.txt"), "q1 0 d1 1\n");
        var result = CliProcess.Run("fuse", dir.File("a.txt"), dir.File("a.txt"), "--optimize", "--qrels", dir.File("qrels.txt"), "--measure", "nope@3", "-o", dir.File("f.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--measure:", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("f.txt")));
    }
}
