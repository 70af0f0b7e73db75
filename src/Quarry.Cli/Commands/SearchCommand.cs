using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry search`: Search topics with BM25 (or a dense index with --dense) and write a run.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "Search topics with BM25 (or a dense index with --dense) and write a run.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry search: not available in this build yet");
            return 3;
        });
        return command;
    }
}
