using System.CommandLine;
using System.Globalization;
using Quarry.Cli.Hosting;
using Quarry.Data.Runs;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>What `quarry search --dense` was asked to do, validated.</summary>
internal sealed record DenseRequest
{
    public required string VectorsPath { get; init; }

    public string? ModelPath { get; init; }

    public string? QueryVectorsPath { get; init; }

    public string? TopicsPath { get; init; }

    public required string OutputPath { get; init; }

    public int Hits { get; init; } = 1000;

    public int Threads { get; init; } = 1;

    public RunFormat Format { get; init; } = RunFormat.Trec;

    public string Tag { get; init; } = "quarry-dense";

    public string Index { get; init; } = "flat";

    public VectorMetric Metric { get; init; } = VectorMetric.InnerProduct;

    public string? HnswPath { get; init; }

    public int? EfSearch { get; init; }

    public HnswOptions HnswBuild { get; init; } = new();

    public string? RescorePath { get; init; }

    public int Oversample { get; init; } = 4;

    public string QueryPrefix { get; init; } = "";

    public int? MaxLength { get; init; }

    public int BatchSize { get; init; } = 32;
}

/// <summary>
/// The dense-only options of `quarry search` and their validation. Values are read back by name, so one set of
/// option objects per command tree is all that is needed.
/// </summary>
internal sealed class DenseOptionSet
{
    private static readonly HnswOptions Defaults = new(); // the library's defaults are the CLI's

    private readonly Option<string?> _model = new("--model") { Description = "Dense: bi-encoder model folder (ONNX) that encodes the --topics queries." };
    private readonly Option<string?> _vectors = new("--vectors") { Description = "Dense: passage vector file (.qvec, written by quarry encode)." };
    private readonly Option<string?> _queryVectors = new("--query-vectors") { Description = "Dense: precomputed query vectors (.qvec whose ids are query ids) instead of --model." };
    // Shared with BM25 search, which reads the same option as its index directory; so no default value here.
    private readonly Option<string?> _index = new("--index", "-i") { Description = "BM25: index directory (from quarry index). Dense: flat (exact; the default) | hnsw (approximate; built on first use, see --hnsw-path)." };
    private readonly Option<string> _metric = new("--metric") { Description = "Dense: ip (inner product) | cosine.", DefaultValueFactory = _ => "ip" };
    private readonly Option<string?> _hnswPath = new("--hnsw-path") { Description = "Dense: HNSW graph file; built from --vectors and saved here when missing (default VECTORS.hnsw)." };
    private readonly Option<int?> _efSearch = new("--ef-search") { Description = "Dense: HNSW candidate list size at query time (default: the graph's, 160; at least --hits is used)." };
    private readonly Option<int> _hnswM = new("--hnsw-m") { Description = "Dense: HNSW links per node when building.", DefaultValueFactory = _ => Defaults.M };
    private readonly Option<int> _efConstruction = new("--ef-construction") { Description = "Dense: HNSW candidate list size when building.", DefaultValueFactory = _ => Defaults.EfConstruction };
    private readonly Option<string> _walk = new("--hnsw-walk") { Description = "Dense: HNSW graph walk on int8 copies of the rows (faster; dim + 4 bytes more per vector in memory) or float32 (no copy). Hits are rescored in float32 either way.", DefaultValueFactory = _ => Defaults.Int8Traversal ? "int8" : "float32" };
    private readonly Option<int> _seed = new("--hnsw-seed") { Description = "Dense: seed of the HNSW level assignment (a build is deterministic for a seed).", DefaultValueFactory = _ => 42 };
    private readonly Option<int> _buildThreads = new("--hnsw-build-threads") { Description = "Dense: HNSW build threads (1 is deterministic; more is faster, the graph then depends on scheduling).", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> _rescore = new("--rescore-vectors") { Description = "Dense: full-precision vectors (same passages, same order) to rescore the candidates of an int8/fp16 --vectors or HNSW search." };
    private readonly Option<int> _oversample = new("--oversample") { Description = "Dense: candidates per hit fetched before rescoring.", DefaultValueFactory = _ => 4 };
    private readonly Option<string> _queryPrefix = new("--query-prefix") { Description = "Dense: text put before every query (e.g. 'query: ' for E5).", DefaultValueFactory = _ => "" };
    private readonly Option<int?> _maxLength = new("--max-length") { Description = "Dense: maximum query tokens (default: the model's)." };
    private readonly Option<int> _batchSize = new("--batch-size") { Description = "Dense: queries per encoder call.", DefaultValueFactory = _ => 32 };

    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[_model, _vectors, _queryVectors, _index, _metric, _hnswPath, _efSearch, _hnswM, _efConstruction, _walk, _seed, _buildThreads, _rescore, _oversample, _queryPrefix, _maxLength, _batchSize])
        {
            command.Options.Add(option);
        }
    }

    public static DenseRequest Read(ParseResult result)
    {
        string vectors = SharedOption.Get<string>(result, "--vectors") ?? throw new UsageException("--dense needs --vectors (the passage vector file)");
        string? model = SharedOption.Get<string>(result, "--model");
        string? queryVectors = SharedOption.Get<string>(result, "--query-vectors");
        string? topics = SharedOption.Get<string>(result, "--topics");
        if (queryVectors is null && (model is null || topics is null))
        {
            throw new UsageException("--dense needs --model and --topics (queries to encode), or --query-vectors");
        }

        string walk = (SharedOption.Get<string>(result, "--hnsw-walk") ?? "int8").ToLowerInvariant();
        if (walk is not ("int8" or "float32"))
        {
            throw new UsageException($"--hnsw-walk: expected int8 or float32, found '{walk}'");
        }

        string index = (SharedOption.Get<string>(result, "--index") ?? "flat").ToLowerInvariant();
        if (index is not ("flat" or "hnsw"))
        {
            throw new UsageException($"--index: expected flat or hnsw, found '{index}'");
        }

        var metric = (SharedOption.Get<string>(result, "--metric") ?? "ip").ToLowerInvariant() switch
        {
            "ip" or "dot" or "innerproduct" => VectorMetric.InnerProduct,
            "cosine" or "cos" => VectorMetric.Cosine,
            string other => throw new UsageException($"--metric: expected ip or cosine, found '{other}'"),
        };
        string format = (SharedOption.Get<string>(result, "--format") ?? "trec").ToLowerInvariant();
        return new DenseRequest
        {
            VectorsPath = vectors,
            ModelPath = model,
            QueryVectorsPath = queryVectors,
            TopicsPath = topics,
            OutputPath = SharedOption.Get<string>(result, "--output") ?? throw new UsageException("--dense needs --output (the run to write)"),
            Hits = Positive(SharedOption.Get<int?>(result, "--hits") ?? 1000, "--hits"),
            Threads = Positive(SharedOption.Get<int?>(result, "--threads") ?? 1, "--threads"),
            Format = format switch
            {
                "trec" => RunFormat.Trec,
                "msmarco" => RunFormat.MsMarco,
                _ => throw new UsageException($"--format: dense search writes trec or msmarco runs, found '{format}'"),
            },
            Index = index,
            Tag = SharedOption.Get<string>(result, "--tag") ?? "quarry-dense",
            Metric = metric,
            HnswPath = SharedOption.Get<string>(result, "--hnsw-path"),
            EfSearch = SharedOption.Get<int?>(result, "--ef-search") is int ef ? Positive(ef, "--ef-search") : null,
            HnswBuild = new HnswOptions
            {
                M = Positive((SharedOption.Get<int?>(result, "--hnsw-m") ?? Defaults.M), "--hnsw-m"),
                EfConstruction = Positive((SharedOption.Get<int?>(result, "--ef-construction") ?? Defaults.EfConstruction), "--ef-construction"),
                Seed = (SharedOption.Get<int?>(result, "--hnsw-seed") ?? 42),
                Metric = metric,
                BuildThreads = Positive(SharedOption.Get<int?>(result, "--hnsw-build-threads") ?? 1, "--hnsw-build-threads"),
                Int8Traversal = walk == "int8",
            },
            RescorePath = SharedOption.Get<string>(result, "--rescore-vectors"),
            Oversample = Positive((SharedOption.Get<int?>(result, "--oversample") ?? 4), "--oversample"),
            QueryPrefix = SharedOption.Get<string>(result, "--query-prefix") ?? "",
            MaxLength = SharedOption.Get<int?>(result, "--max-length") is int max ? Positive(max, "--max-length") : null,
            BatchSize = Positive((SharedOption.Get<int?>(result, "--batch-size") ?? 32), "--batch-size"),
        };
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new UsageException($"{name}: expected a positive integer, found {value.ToString(CultureInfo.InvariantCulture)}");
}
