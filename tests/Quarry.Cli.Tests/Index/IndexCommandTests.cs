using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Index;

public sealed class IndexCommandTests
{
    [Fact]
    public void Index_TsvCollection_BuildsAnIndexThatStatsDescribe()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tThe cats are running\n2\tdogs run\n3\tthe\n");
        var built = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx"), "--threads", "2", "--store-docs");
        Assert.True(built.ExitCode == 0, built.StdErr);
        Assert.Contains("indexed 3 passages", built.StdOut);

        var stats = CliProcess.Run("index-stats", dir.File("idx"));
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("documents          3", stats.StdOut);
        // "the" is a stopword: passage 3 has no tokens and does not count in N.
        Assert.Contains("with tokens (N)    2", stats.StdOut);
        Assert.Contains("tokens             4", stats.StdOut);
        Assert.Contains("doc store          yes", stats.StdOut);
    }

    [Fact]
    public void Index_RepeatedId_FailsNamingItAndLeavesNoIndex()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "7\tone\n8\ttwo\n7\tthree\n");
        var r = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("id '7' is repeated", r.StdErr);
        Assert.DoesNotContain("   at ", r.StdErr);
        Assert.False(Directory.Exists(dir.File("idx")));
        Assert.Empty(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public void Index_LineWithoutTab_FailsNamingFileAndLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tok\nno tab here\n");
        var r = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--format", "msmarco", "--index", dir.File("idx"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("c.tsv:2:", r.StdErr);
        Assert.False(Directory.Exists(dir.File("idx")));
    }

    [Fact]
    public void Index_BytesThatAreNotUtf8_BecomeReplacementCharsOrFailWhenStrict()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("c.tsv"), [.. "1\tcaf"u8, 0xE9, .. " ok\n2\tfine\n"u8]);
        var lenient = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--format", "msmarco", "--index", dir.File("idx"), "--store-docs");
        Assert.True(lenient.ExitCode == 0, lenient.StdErr);
        Assert.Contains("indexed 2 passages", lenient.StdOut);

        var strict = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--format", "msmarco", "--index", dir.File("idx2"), "--strict-utf8");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("c.tsv:1:", strict.StdErr);
        Assert.False(Directory.Exists(dir.File("idx2")));
    }

    [Fact]
    public void Index_EmptyPassage_IsSkippedAndReported()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tapple\n2\t   \n3\tbanana\n");
        var r = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--format", "msmarco", "--index", dir.File("idx"));
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("indexed 2 passages", r.StdOut);
        Assert.Contains("skipped 1 passages with empty text", r.StdErr);
    }

    [Fact]
    public void Index_TargetIsAnUnrelatedFolder_RefusesToOverwrite()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("c.tsv"), "1\tapple\n");
        Directory.CreateDirectory(dir.File("mine"));
        File.WriteAllText(Path.Combine(dir.File("mine"), "keep.txt"), "x");
        var r = CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("mine"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("refusing to overwrite", r.StdErr);
        Assert.True(File.Exists(Path.Combine(dir.File("mine"), "keep.txt")));
    }

    [Fact]
    public void IndexStats_NotAnIndexOrNewerVersion_FailsWithOneLine()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("empty"));
        var notIndex = CliProcess.Run("index-stats", dir.File("empty"));
        Assert.Equal(2, notIndex.ExitCode);
        Assert.Contains("not a Quarry index", notIndex.StdErr);

        File.WriteAllText(dir.File("c.tsv"), "1\tapple\n");
        Assert.Equal(0, CliProcess.Run("index", "--collection", dir.File("c.tsv"), "--index", dir.File("idx")).ExitCode);
        string manifest = Path.Combine(dir.File("idx"), "manifest.json");
        int newerVersion = Quarry.Lexical.Index.Manifest.IndexManifest.CurrentFormatVersion + 1;
        string original = File.ReadAllText(manifest);
        string bumped = System.Text.RegularExpressions.Regex.Replace(original, "\"formatVersion\": *[0-9]+", $"\"formatVersion\": {newerVersion}");
        Assert.NotEqual(original, bumped);
        File.WriteAllText(manifest, bumped);
        var newer = CliProcess.Run("index-stats", dir.File("idx"));
        Assert.Equal(2, newer.ExitCode);
        Assert.Contains($"version {newerVersion} is newer", newer.StdErr);
        Assert.Single(newer.StdErr.Trim().Split('\n'));
    }
}
