using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>`quarry index`: Build a BM25 inverted index from a collection.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Build a BM25 inverted index from a collection.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("quarry index: not available in this build yet");
            return 3;
        });
        return command;
    }
}
