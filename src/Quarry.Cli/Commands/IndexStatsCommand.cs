using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry index-stats`: Print the statistics of an index.</summary>
public static class IndexStatsCommand
{
    public static Command Create()
    {
        var command = new Command("index-stats", "Print the statistics of an index.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry index-stats: not available in this build yet");
            return 3;
        });
        return command;
    }
}
