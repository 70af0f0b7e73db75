using Xunit;

namespace Quarry.Cli.Tests.Mine;

public sealed class MineIndexPassagesTests
{
    [Fact]
    public void Mine_PassagesFromIndexDocStore_SameOutputAsFromCollectionFile()
    {
        using var f = new MineFixture("dl20");
        string index = f.File("index");
        var built = CliProcess.Run("index", "-c", f.Passages, "-i", index, "--store-docs", "-t", "1");
        Assert.True(built.ExitCode == 0, built.StdErr);
        string fromFile = f.File("file.jsonl"), fromIndex = f.File("index.jsonl");
        var a = CliProcess.Run(f.Args(fromFile, "--format", "tevatron"));
        var args = f.Args(fromIndex, "--format", "tevatron");
        args[Array.IndexOf(args, f.Passages)] = index;
        var b = CliProcess.Run(args);
        Assert.True(a.ExitCode == 0, a.StdErr);
        Assert.True(b.ExitCode == 0, b.StdErr);
        Assert.Equal(File.ReadAllBytes(fromFile), File.ReadAllBytes(fromIndex));
    }

    [Fact]
    public void Mine_PassagesDirectoryWithoutIndex_ClearError()
    {
        using var f = new MineFixture("dl20");
        string empty = f.File("not-an-index");
        Directory.CreateDirectory(empty);
        var args = f.Args(f.File("o.tsv"));
        args[Array.IndexOf(args, f.Passages)] = empty;
        var result = CliProcess.Run(args);
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("not-an-index", result.StdErr, StringComparison.Ordinal);
    }
}
