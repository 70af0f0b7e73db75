using System.Globalization;

namespace Quarry.Bench.Vectors;

/// <summary>Command-line settings of the vector benchmark.</summary>
internal sealed record BenchOptions
{
    /// <summary>Vectors scanned by the flat bandwidth test (0 skips that test).</summary>
    public int FlatCount { get; init; } = 500_000;

    /// <summary>Vectors in the HNSW recall/throughput test.</summary>
    public int HnswCount { get; init; } = 100_000;

    /// <summary>Dimension of every vector (MiniLM/BGE-small: 384).</summary>
    public int Dim { get; init; } = 384;

    /// <summary>Queries timed.</summary>
    public int Queries { get; init; } = 200;

    /// <summary>HNSW M and efConstruction.</summary>
    public int M { get; init; } = 24;

    public int EfConstruction { get; init; } = 100;

    /// <summary>efSearch values measured on the one graph.</summary>
    public IReadOnlyList<int> EfSearch { get; init; } = [32, 64, 128, 256, 512];

    /// <summary>How search scores rows while walking the graph: "float32", "int8" (then rescored in float32), or both.</summary>
    public IReadOnlyList<string> Traversal { get; init; } = ["float32", "int8"];

    /// <summary>Whether the build walks the graph over int8 rows (the product default) or float32 rows.</summary>
    public bool BuildInt8 { get; init; } = true;

    /// <summary>
    /// Graph file: loaded when it exists (and fits the vector file), else built and saved there, so that many efSearch
    /// values, or a search-only change, can be measured without rebuilding a large graph. Null builds every run.
    /// </summary>
    public string? GraphCache { get; init; }

    /// <summary>Threads for the multi-threaded measurements.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Folder for the generated vector files.</summary>
    public string WorkDir { get; init; } = Path.Combine(Path.GetTempPath(), "quarry-bench-vectors");

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            int n() => int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--flat-count" => o with { FlatCount = n() },
                "--hnsw-count" => o with { HnswCount = n() },
                "--dim" => o with { Dim = n() },
                "--queries" => o with { Queries = n() },
                "--m" => o with { M = n() },
                "--ef-construction" => o with { EfConstruction = n() },
                "--threads" => o with { Threads = n() },
                "--work-dir" => o with { WorkDir = args[i + 1] },
                "--ef" => o with { EfSearch = [.. args[i + 1].Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--build-walk" => o with { BuildInt8 = args[i + 1] == "int8" },
                "--traversal" => o with { Traversal = args[i + 1].Split(',') },
                "--graph-cache" => o with { GraphCache = args[i + 1] },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }
}
