using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>`quarry encode merge`: joins shard outputs, in shard order, into one vector file (an exact byte copy).</summary>
internal static class EncodeMerge
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("SHARDS") { Description = "Shard vector files in shard order: the output of --shard 0/N first", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Merged vector file", Required = true };
        var command = new Command("merge", "Merge the vector files of 'quarry encode --shard i/N' runs, given in shard order, into one file identical to an unsharded run's.");
        command.Arguments.Add(shards);
        command.Options.Add(output);
        command.SetAction(parseResult => CliRunner.Run("encode merge", () =>
        {
            string[] files = parseResult.GetValue(shards)!;
            foreach (string f in files)
            {
                if (!File.Exists(f))
                {
                    throw new UsageException($"shard file not found: {f}");
                }
            }

            string outPath = parseResult.GetValue(output)!;
            int count = VectorFile.Merge(files, outPath);
            Console.Error.WriteLine($"quarry encode merge: {count} vectors from {files.Length} shards -> {outPath}");
            return 0;
        }));
        return command;
    }
}
