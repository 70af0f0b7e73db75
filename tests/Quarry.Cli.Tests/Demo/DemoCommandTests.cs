using Quarry.Data.Qrels;
using Quarry.Data.Runs;
using Quarry.Eval;
using Quarry.Tests.Shared;
using Xunit;

namespace Quarry.Cli.Tests.Demo;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_Output_WritesRunsAndReportWhoseScoresMatchThePrintedTables()
    {
        using var tmp = new TempDir();
        var result = CliProcess.Run("demo", "--output", tmp.Path);
        Assert.True(result.ExitCode == 0, result.StdErr);

        string html = File.ReadAllText(Path.Combine(tmp.Path, "report.html"));
        Assert.Equal(4, html.Split("<svg ").Length - 1);
        Assert.True(File.Exists(Path.Combine(tmp.Path, "report.json")));

        var qrels = new Dictionary<string, QrelSet>
        {
            ["dev"] = QrelsReader.Load(Path.Combine(tmp.Path, "data", "qrels.dev.tsv")),
            ["dl"] = QrelsReader.Load(Path.Combine(tmp.Path, "data", "qrels.dl.tsv")),
        };
        var printed = PrintedMeans(result.StdOut);
        Assert.Equal(4 * 3, printed.Count);
        foreach (var ((measure, set, run), mean) in printed)
        {
            var runFile = RunReader.Load(Path.Combine(tmp.Path, "runs", run + ".trec"));
            double actual = Evaluator.Mean(qrels[set], runFile, Measure.Parse(measure), includeMissingQueries: true);
            Assert.Equal(actual.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), mean);
        }
    }

    [Fact]
    public void Demo_SampleCollection_IsSizedAndJudgedAsDocumented()
    {
        using var tmp = new TempDir();
        var result = CliProcess.Run("demo", "--output", tmp.Path);
        Assert.True(result.ExitCode == 0, result.StdErr);
        string data = Path.Combine(tmp.Path, "data");
        Assert.Equal(300, File.ReadLines(Path.Combine(data, "collection.tsv")).Count());
        var dev = QrelsReader.Load(Path.Combine(data, "qrels.dev.tsv"));
        var dl = QrelsReader.Load(Path.Combine(data, "qrels.dl.tsv"));
        Assert.Equal(50, dev.QueryCount);
        Assert.Equal(50, dl.QueryCount);
        foreach (string q in dev.QueryIds)
        {
            // The dev answer is one of the passages the graded qrels call perfectly relevant.
            var (pid, _) = Assert.Single(dev[q]);
            Assert.Equal(3, dl[q][pid]);
            Assert.True(dl[q].Count >= 8, $"query {q} has only {dl[q].Count} graded judgments");
        }
    }

    // Rows of the "MEASURE on SET" tables: (measure, set, run) -> printed mean.
    private static Dictionary<(string, string, string), string> PrintedMeans(string stdout)
    {
        var means = new Dictionary<(string, string, string), string>();
        (string Measure, string Set)? current = null;
        foreach (string raw in stdout.Split('\n'))
        {
            string line = raw.Trim();
            string[] words = line.Split(' ');
            if (words.Length == 3 && words[1] == "on")
            {
                current = (words[0], words[2]);
                continue;
            }

            if (current is { } c && line.StartsWith('│'))
            {
                var cells = line.Split('│', StringSplitOptions.TrimEntries);
                string run = cells[1].Replace(" (baseline)", "", StringComparison.Ordinal);
                if (run != "run")
                {
                    means[(c.Measure, c.Set, run)] = cells[2];
                }
            }
        }

        return means;
    }
}
