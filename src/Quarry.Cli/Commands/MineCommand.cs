using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Mining.Output;

namespace Quarry.Cli.Commands;

/// <summary>`quarry mine`: Mine hard negatives with false-negative defences and write training files.</summary>
public static partial class MineCommand
{
    public static Command Create()
    {
        var o = new MineOptionSet();
        var command = new Command("mine",
            "Mine hard negatives from a candidate run with false-negative defences (positives, duplicates of positives, " +
            "cross-encoder margins, bi-encoder similarity) and write a training file; prints a report, and with " +
            "--audit-qrels the false-negative rate before and after each filter.");
        foreach (var option in o.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CliRunner.Run("mine", () => Execute(o.Bind(parseResult))));
        return command;
    }

    internal static string FormatNames => string.Join(", ", TrainingFormats.Names);
}
