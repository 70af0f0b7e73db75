using System.Globalization;
using Quarry.Neural.Vectors;

namespace Quarry.Bench.Vectors;

/// <summary>Builds the HNSW graph (timed), or reloads one saved by an earlier run over the same vector file.</summary>
internal static class GraphCache
{
    public static HnswIndex BuildOrLoad(VectorFile vectors, HnswOptions options, string? cachePath)
    {
        var inv = CultureInfo.InvariantCulture;
        if (cachePath is not null && File.Exists(cachePath))
        {
            HnswIndex loaded = null!;
            var load = Timing.Of(() => loaded = HnswIndex.Load(cachePath, vectors));
            var o = loaded.Options;
            Console.WriteLine(string.Create(inv, $"HNSW graph loaded from {cachePath} (M={o.M}, efConstruction={o.EfConstruction}, built earlier; not rebuilt): {load.WallSeconds:F1} s"));
            return loaded;
        }

        HnswIndex index = null!;
        var build = Timing.Of(() => index = HnswIndex.Build(vectors, options));
        Console.WriteLine(string.Create(inv, $"HNSW build (M={options.M}, efConstruction={options.EfConstruction}, {options.BuildThreads} threads, {(options.Int8Traversal ? "int8" : "float32")} walk): wall {build.WallSeconds:F1} s, CPU {build.CpuSeconds:F1} s ({vectors.Count / build.CpuSeconds:F0} vectors per CPU-second)"));
        if (cachePath is not null)
        {
            index.Save(cachePath);
            Console.WriteLine($"HNSW graph saved to {cachePath}");
        }

        return index;
    }
}
