using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry analyze`: Show the terms Anserini's default English analysis produces.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze", "Show the terms Anserini's default English analysis produces.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry analyze: not available in this build yet");
            return 3;
        });
        return command;
    }
}
