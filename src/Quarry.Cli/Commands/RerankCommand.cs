using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry rerank`: Rerank a run with an ONNX cross-encoder.</summary>
public static class RerankCommand
{
    public static Command Create()
    {
        var command = new Command("rerank", "Rerank a run with an ONNX cross-encoder.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry rerank: not available in this build yet");
            return 3;
        });
        return command;
    }
}
