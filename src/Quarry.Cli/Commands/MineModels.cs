using Quarry.Cli.Hosting;
using Quarry.Mining.Filters;

namespace Quarry.Cli.Commands;

/// <summary>Adapts Quarry.Neural's models to the miner's small contracts (the mining library does not depend on ONNX).</summary>
internal static class MineModels
{
    public static IPairScorer LoadCrossEncoder(string directory) =>
        throw new UsageException($"--cross-encoder {directory}: cross-encoder scoring is not available in this build");

    public static ITextEmbedder LoadBiEncoder(string directory) =>
        throw new UsageException($"--bi-encoder {directory}: bi-encoder scoring is not available in this build");
}
