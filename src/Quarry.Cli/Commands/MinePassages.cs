using Quarry.Cli.Hosting;
using Quarry.Mining.Passages;

namespace Quarry.Cli.Commands;

/// <summary>Opens `--passages` when it names an index directory.</summary>
internal static class MinePassages
{
    public static IPassageStore OpenIndex(string directory) =>
        throw new UsageException($"--passages {directory}: reading texts from an index directory is not available in this build; pass the collection file");
}
