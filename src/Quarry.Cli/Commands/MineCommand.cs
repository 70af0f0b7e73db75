using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry mine`: Mine hard negatives with false-negative defences and write training files.</summary>
public static class MineCommand
{
    public static Command Create()
    {
        var command = new Command("mine", "Mine hard negatives with false-negative defences and write training files.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry mine: not available in this build yet");
            return 3;
        });
        return command;
    }
}
