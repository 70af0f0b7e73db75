using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Search;

public sealed class SearchCommandTests
{
    [Fact]
    public void Search_CacmWithAnseriniFormat_EqualsAnseriniSampleRun()
    {
        using var dir = new TempDir();
        var built = CliProcess.Run("index", "--collection", SharedData.Path("classic/cacm/anserini-cacm.tar.gz"), "--format", "cacm-html", "--index", dir.File("cacm"));
        Assert.True(built.ExitCode == 0, built.StdErr);
        var searched = CliProcess.Run("search", "--index", dir.File("cacm"), "--topics", SharedData.Path("classic/cacm/topics.cacm.txt"),
            "--output", dir.File("run.txt"), "--hits", "30", "--format", "anserini", "--algorithm", "bmw", "--threads", "2");
        Assert.True(searched.ExitCode == 0, searched.StdErr);
        Assert.Contains("queries/s", searched.StdErr);
        Assert.Equal(File.ReadAllLines(SharedData.Path("classic/cacm/run.cacm-bm25.anserini-sample.txt")), File.ReadAllLines(dir.File("run.txt")));
    }

    [Fact]
    public void Search_QueryThatAnalyzesToNothing_WritesNoHitsAndSucceeds()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tapple pie\n2\tbanana\n");
        File.WriteAllText(dir.File("q.tsv"), "1\tthe of and\n2\tapple\n");
        Assert.Equal(0, CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx")).ExitCode);
        var r = CliProcess.Run("search", "--index", dir.File("idx"), "--topics", dir.File("q.tsv"), "--output", dir.File("run.txt"), "--format", "msmarco");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(["2\t1\t1"], File.ReadAllLines(dir.File("run.txt")));
    }

    [Fact]
    public void Search_BadArguments_FailWithOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tapple\n");
        File.WriteAllText(dir.File("q.tsv"), "1\tapple\n");
        Assert.Equal(0, CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx")).ExitCode);

        var zero = CliProcess.Run("search", "--index", dir.File("idx"), "--topics", dir.File("q.tsv"), "--output", dir.File("r"), "--hits", "0");
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("--hits must be at least 1", zero.StdErr);

        var notIndex = CliProcess.Run("search", "--index", dir.Path, "--topics", dir.File("q.tsv"), "--output", dir.File("r"));
        Assert.Equal(2, notIndex.ExitCode);
        Assert.Contains("not a Quarry index", notIndex.StdErr);

        var rm3 = CliProcess.Run("search", "--index", dir.File("idx"), "--topics", dir.File("q.tsv"), "--output", dir.File("r"), "--rm3");
        Assert.Equal(2, rm3.ExitCode);
        Assert.Contains("--store-docs", rm3.StdErr);
        Assert.False(File.Exists(dir.File("r")));
    }
}
