using System.Text.Json;
using Xunit;

namespace Quarry.Cli.Tests.Mine;

public sealed class MineCommandTests
{
    [Fact]
    public void Mine_Dl20OneLabelWithAudit_NeverEmitsTheLabelAndPrintsFalseNegativeRate()
    {
        using var f = new MineFixture("dl20");
        string output = f.File("triples.tsv");
        var result = CliProcess.Run(f.Args(output, "--format", "triples-ids", "--audit-qrels", f.FullQrels, "--negatives", "20"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = File.ReadAllLines(output);
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            var cols = line.Split('\t');
            Assert.Equal(3, cols.Length);
            Assert.Equal(f.Labels[cols[0]], cols[1]);
            Assert.NotEqual(cols[1], cols[2]);
        }

        Assert.Matches(@"false-negative rate of mined negatives: \d+\.\d\d% judged relevant", result.StdOut);
        Assert.Contains("labelled positive", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_RandomSamplingOneAndTwoThreads_ByteIdentical()
    {
        using var f = new MineFixture("dl19");
        string one = f.File("one.jsonl"), two = f.File("two.jsonl");
        string[] common = ["--format", "tevatron", "--sampling", "random", "--seed", "7", "--skip", "3", "--depth", "60", "--batch-size", "4"];
        var r1 = CliProcess.Run(f.Args(one, [.. common, "--threads", "1"]));
        var r2 = CliProcess.Run(f.Args(two, [.. common, "--threads", "2"]));
        Assert.True(r1.ExitCode == 0, r1.StdErr);
        Assert.True(r2.ExitCode == 0, r2.StdErr);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        Assert.True(new FileInfo(one).Length > 0);
    }

    [Fact]
    public void Mine_ShardsConcatenated_EqualUnsharded()
    {
        using var f = new MineFixture("dl20");
        string whole = f.File("whole.tsv");
        Assert.Equal(0, CliProcess.Run(f.Args(whole, "--sampling", "random")).ExitCode);
        var merged = new List<byte>();
        for (int i = 1; i <= 3; i++)
        {
            string part = f.File($"part{i}.tsv");
            var r = CliProcess.Run(f.Args(part, "--sampling", "random", "--shard", $"{i}/3"));
            Assert.True(r.ExitCode == 0, r.StdErr);
            merged.AddRange(File.ReadAllBytes(part));
        }

        Assert.Equal(File.ReadAllBytes(whole), merged.ToArray());
    }

    [Fact]
    public void Mine_ReportJson_HoldsCountsAndAuditStages()
    {
        using var f = new MineFixture("dl20");
        string report = f.File("report.json");
        var result = CliProcess.Run(f.Args(f.File("out.tsv"), "--audit-qrels", f.FullQrels, "--report-json", report));
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        var root = doc.RootElement;
        Assert.Equal(54, root.GetProperty("queries_processed").GetInt64());
        Assert.True(root.GetProperty("candidates_dropped").GetProperty("positive").GetInt64() > 0);
        var stages = root.GetProperty("audit").GetProperty("stages");
        Assert.Equal("window", stages[0].GetProperty("stage").GetString());
        Assert.Equal("emitted", stages[stages.GetArrayLength() - 1].GetProperty("stage").GetString());
        Assert.True(stages[0].GetProperty("fn_rate_percent").GetDouble() > 0);
    }

    [Theory]
    [InlineData("--margin", "0.1", "--margin needs --cross-encoder")]
    [InlineData("--relative-margin", "0.05", "--relative-margin needs --cross-encoder")]
    [InlineData("--max-similarity", "0.9", "--max-similarity needs --bi-encoder")]
    [InlineData("--shard", "4/3", "--shard '4/3' must be i/N")]
    [InlineData("--format", "csv", "--format 'csv' is not known")]
    [InlineData("--depth", "3", "--depth (3) must be greater than --skip (3)")]
    public void Mine_ConflictingOptions_OneLineErrorExit2(string option, string value, string expected)
    {
        using var f = new MineFixture("dl20");
        string[] args = option == "--depth" ? f.Args(f.File("o.tsv"), "--skip", "3", option, value) : f.Args(f.File("o.tsv"), option, value);
        var result = CliProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(f.File("o.tsv")));
    }

    [Fact]
    public void Mine_MalformedCandidateRun_ErrorNamesFileAndLine()
    {
        using var f = new MineFixture("dl20");
        string run = f.File("bad.run");
        File.WriteAllText(run, "23849 Q0 4348282 1 10.06 rank\n23849 Q0 oops\n");
        var args = f.Args(f.File("o.tsv"));
        args[Array.IndexOf(args, f.Candidates)] = run;
        var result = CliProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.run:2:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Mine_Help_DescribesOptions()
    {
        var result = CliProcess.Run("mine", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string option in new[] { "--skip", "--depth", "--cross-encoder", "--relative-margin", "--max-similarity", "--audit-qrels", "--shard", "--format" })
        {
            Assert.Contains(option, result.StdOut, StringComparison.Ordinal);
        }
    }
}
