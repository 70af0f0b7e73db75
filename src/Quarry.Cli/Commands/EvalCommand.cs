using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry eval`: Evaluate a run against qrels exactly as trec_eval 9.0.8 does.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Evaluate a run against qrels exactly as trec_eval 9.0.8 does.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry eval: not available in this build yet");
            return 3;
        });
        return command;
    }
}
