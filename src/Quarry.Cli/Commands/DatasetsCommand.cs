using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry datasets`: List, download and verify known datasets.</summary>
public static class DatasetsCommand
{
    public static Command Create()
    {
        var command = new Command("datasets", "List, download and verify known datasets.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry datasets: not available in this build yet");
            return 3;
        });
        return command;
    }
}
