using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry demo`: Run Quarry's main job on the embedded sample collection: index, search, evaluate and compare, with a report.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Run Quarry's main job on the embedded sample collection: index, search, evaluate and compare, with a report.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry demo: not available in this build yet");
            return 3;
        });
        return command;
    }
}
