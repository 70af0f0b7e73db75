using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry compare`: Compare runs with paired significance tests, per measure and per qrels set.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare", "Compare runs with paired significance tests, per measure and per qrels set.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry compare: not available in this build yet");
            return 3;
        });
        return command;
    }
}
