using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry fuse`: Fuse runs (RRF, CombSUM, CombMNZ, interpolation).</summary>
public static class FuseCommand
{
    public static Command Create()
    {
        var command = new Command("fuse", "Fuse runs (RRF, CombSUM, CombMNZ, interpolation).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry fuse: not available in this build yet");
            return 3;
        });
        return command;
    }
}
