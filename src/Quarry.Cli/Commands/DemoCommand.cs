using System.CommandLine;
using Quarry.Cli.Demo;
using Quarry.Cli.Hosting;

namespace Quarry.Cli.Commands;

/// <summary>`quarry demo`: Run Quarry's main job on the embedded sample collection: index, search, evaluate and compare, with a report.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo",
            "Run Quarry's main job on the embedded sample collection (300 passages, 50 queries, sparse dev-style and graded DL-style qrels): " +
            "index it, search it with BM25, tuned BM25 and BM25+RM3, evaluate with dev measures (RR@10, R@3) and DL measures (nDCG@10, AP(rel=2)), " +
            "test the differences for significance, cross-check the two qrels sets, and write an HTML report. Takes seconds.");
        var output = new Option<string>("--output", "-o") { Description = "Folder for the sample, index, runs and report.", DefaultValueFactory = _ => "quarry-demo" };
        var threads = new Option<int>("--threads") { Description = "Threads for indexing and searching (results are the same for any count).", DefaultValueFactory = _ => 2 };
        command.Options.Add(output);
        command.Options.Add(threads);
        command.SetAction(parseResult => CliRunner.Run("demo", () =>
        {
            int n = parseResult.GetValue(threads);
            if (n < 1)
            {
                throw new UsageException($"--threads: expected at least 1, found {n}");
            }

            DemoRunner.Run(Path.GetFullPath(parseResult.GetValue(output)!), n);
            return 0;
        }));
        return command;
    }
}
