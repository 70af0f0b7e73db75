using System.Globalization;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Index;

public sealed class IndexStatsTests
{
    [Fact]
    public void IndexStats_DecimalIds_PrintsVersionFilesAndTheirSum()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "0\tcats running fast\n1\tdogs run\n2\tcats and dogs\n");
        Assert.Equal(0, CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx")).ExitCode);
        var stats = CliProcess.Run("index-stats", dir.File("idx"));
        Assert.True(stats.ExitCode == 0, stats.StdErr);
        Assert.Contains("format             quarry-lexical-index v2", stats.StdOut);
        Assert.Contains("ids                decimal 0..N-1 in order (no file)", stats.StdOut);
        long sum = new[] { "postings.bin", "blocks.bin", "terms.bin", "terms.idx", "norms.bin", "lengths.bin" }
            .Sum(f => new FileInfo(Path.Combine(dir.File("idx"), f)).Length);
        Assert.Contains($"postings+lengths   {sum.ToString("N0", CultureInfo.InvariantCulture)} bytes", stats.StdOut);
        Assert.False(File.Exists(Path.Combine(dir.File("idx"), "ids.str")));
    }

    [Fact]
    public void IndexStats_IndexOfAnOlderFormat_SaysToRebuildInOneLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "a\tapple\n");
        Assert.Equal(0, CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx")).ExitCode);
        string manifest = Path.Combine(dir.File("idx"), "manifest.json");
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"formatVersion\": *[0-9]+", "\"formatVersion\": 1"));
        var r = CliProcess.Run("index-stats", dir.File("idx"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("index format version 1 is older than this Quarry reads (2); rebuild the index", r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
    }
}
