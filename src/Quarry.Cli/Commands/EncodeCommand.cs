using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry encode`: Encode a collection into vectors with an ONNX bi-encoder.</summary>
public static class EncodeCommand
{
    public static Command Create()
    {
        var command = new Command("encode", "Encode a collection into vectors with an ONNX bi-encoder.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry encode: not available in this build yet");
            return 3;
        });
        return command;
    }
}
