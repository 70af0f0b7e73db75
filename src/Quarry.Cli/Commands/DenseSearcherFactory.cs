using Quarry.Cli.Hosting;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>Opens the searcher a dense request names: flat, or HNSW (loaded, or built and saved on first use), optionally rescored.</summary>
internal static class DenseSearcherFactory
{
    public static IVectorSearcher Create(DenseRequest request, VectorFile vectors, VectorFile? fullPrecision)
    {
        IVectorSearcher searcher = request.Index == "hnsw"
            ? OpenHnsw(request, vectors)
            : new FlatIndex(vectors, new FlatIndexOptions { Metric = request.Metric });
        if (fullPrecision is null)
        {
            return searcher;
        }

        if (fullPrecision.Count != vectors.Count || fullPrecision.Dim != vectors.Dim)
        {
            throw new UsageException($"--rescore-vectors has {fullPrecision.Count} vectors of dim {fullPrecision.Dim}, --vectors {vectors.Count} of dim {vectors.Dim}: they must hold the same passages in the same order");
        }

        return new RescoringSearcher(searcher, fullPrecision, request.Metric, new RescoreOptions { Oversample = request.Oversample });
    }

    private static HnswIndex OpenHnsw(DenseRequest request, VectorFile vectors)
    {
        string path = request.HnswPath ?? request.VectorsPath + ".hnsw";
        HnswIndex index;
        if (File.Exists(path))
        {
            index = HnswIndex.Load(path, vectors).WithInt8Traversal(request.HnswBuild.Int8Traversal);
            if (index.Options.Metric != request.Metric)
            {
                throw new UsageException($"{Path.GetFileName(path)} was built for {index.Options.Metric}, not {request.Metric}; pass the same --metric or another --hnsw-path");
            }
        }
        else
        {
            var options = request.HnswBuild with { EfSearch = request.EfSearch ?? request.HnswBuild.EfSearch };
            index = ConsoleProgress.Run("building HNSW", vectors.Count, advance => HnswIndex.Build(vectors, options, n => advance(n)));
            index.Save(path);
            Console.Error.WriteLine($"quarry search: built HNSW (M={options.M}, efConstruction={options.EfConstruction}, seed={options.Seed}, {options.BuildThreads} build threads) over {vectors.Count} vectors -> {path}");
        }

        return request.EfSearch is int ef ? index.WithEfSearch(ef) : index;
    }
}
