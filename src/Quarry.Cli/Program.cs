using System.CommandLine;
using Quarry.Cli.Commands;

namespace Quarry.Cli;

/// <summary>Entry point of the `quarry` command: one subcommand per verb, each in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args) => BuildRoot().Parse(args).Invoke();

    /// <summary>The whole command tree; tests parse against it too.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Quarry: passage ranking on MS MARCO. Retrieve, rerank, mine training data and evaluate, trec_eval-exact.");
        Command[] verbs =
        [
            DemoCommand.Create(),
            EvalCommand.Create(),
            CompareCommand.Create(),
            AnalyzeCommand.Create(),
            IndexCommand.Create(),
            IndexStatsCommand.Create(),
            SearchCommand.Create(),
            TokenizeCommand.Create(),
            EncodeCommand.Create(),
            RerankCommand.Create(),
            FuseCommand.Create(),
            MineCommand.Create(),
            DatasetsCommand.Create(),
        ];
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }
}
