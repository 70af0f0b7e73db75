using Xunit;

namespace Quarry.Cli.Tests.Root;

public sealed class HelpTests
{
    [Fact]
    public void Help_Root_ListsEveryVerb()
    {
        var result = CliProcess.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string verb in new[] { "demo", "eval", "compare", "analyze", "index", "index-stats", "search", "tokenize", "encode", "rerank", "fuse", "mine", "datasets" })
        {
            Assert.Contains("  " + verb + " ", result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownVerb_Run_ExitsNonZero()
    {
        var result = CliProcess.Run("no-such-verb");
        Assert.NotEqual(0, result.ExitCode);
    }
}
