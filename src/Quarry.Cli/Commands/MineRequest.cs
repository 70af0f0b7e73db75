using System.CommandLine;
using System.Globalization;
using Quarry.Cli.Hosting;
using Quarry.Mining;
using Quarry.Mining.Output;

namespace Quarry.Cli.Commands;

/// <summary>A checked `quarry mine` invocation: every conflict between options is rejected here, before any work.</summary>
internal sealed record MineRequest
{
    public required string Qrels { get; init; }
    public required string Queries { get; init; }
    public required string Candidates { get; init; }
    public required string Passages { get; init; }
    public required string Output { get; init; }
    public required ITrainingFormat Format { get; init; }
    public required MiningOptions Options { get; init; }
    public string? CrossEncoder { get; init; }
    public string? BiEncoder { get; init; }
    public string? Tokenizer { get; init; }
    public string? AuditQrels { get; init; }
    public string? ReportJson { get; init; }

    public static MineRequest From(MineOptionSet o, ParseResult r)
    {
        string formatName = r.GetValue(o.Format)!;
        var format = TrainingFormats.ByName(formatName)
            ?? throw new UsageException($"--format '{formatName}' is not known; expected one of {MineCommand.FormatNames}");
        int skip = r.GetValue(o.Skip);
        int depth = r.GetValue(o.Depth);
        int negatives = r.GetValue(o.Negatives);
        Require(skip >= 0, "--skip must be 0 or more");
        Require(depth > skip, $"--depth ({depth}) must be greater than --skip ({skip}), or no candidate is left to mine");
        Require(negatives >= 1, "--negatives must be at least 1");
        Require(r.GetValue(o.Threads) >= 1, "--threads must be at least 1");
        Require(r.GetValue(o.BatchSize) >= 1, "--batch-size must be at least 1");
        Require(r.GetValue(o.PositivesPerQuery) >= 0, "--positives-per-query must be 0 (all) or more");
        var sampling = r.GetValue(o.Sampling) switch
        {
            "top" => SamplingStrategy.Top,
            "random" => SamplingStrategy.Random,
            var s => throw new UsageException($"--sampling '{s}' is not known; expected 'top' or 'random'"),
        };
        double near = r.GetValue(o.NearDuplicate);
        Require(near is > 0 and <= 1, "--near-duplicate must be in (0, 1]");

        string? crossEncoder = r.GetValue(o.CrossEncoder);
        double? maxScore = r.GetValue(o.MaxScore), margin = r.GetValue(o.Margin), relative = r.GetValue(o.RelativeMargin);
        foreach (var (name, value) in new[] { ("--max-score", maxScore), ("--margin", margin), ("--relative-margin", relative) })
        {
            Require(value is null || crossEncoder is not null, $"{name} needs --cross-encoder DIR to score the candidates");
            Require(value is null || double.IsFinite(value.Value), $"{name} must be a finite number");
        }

        Require(crossEncoder is null || maxScore is not null || margin is not null || relative is not null,
            "--cross-encoder needs at least one of --max-score, --margin or --relative-margin");
        string? biEncoder = r.GetValue(o.BiEncoder);
        double? maxSimilarity = r.GetValue(o.MaxSimilarity);
        Require(maxSimilarity is null || biEncoder is not null, "--max-similarity needs --bi-encoder DIR to embed the passages");
        Require(biEncoder is null || maxSimilarity is not null, "--bi-encoder needs --max-similarity");
        Require(r.GetValue(o.Tokenizer) is null || crossEncoder is not null || biEncoder is not null, "--tokenizer needs --cross-encoder or --bi-encoder");

        return new MineRequest
        {
            Qrels = r.GetValue(o.Qrels)!,
            Queries = r.GetValue(o.Queries)!,
            Candidates = r.GetValue(o.Candidates)!,
            Passages = r.GetValue(o.Passages)!,
            Output = r.GetValue(o.Output)!,
            Format = format,
            CrossEncoder = crossEncoder,
            BiEncoder = biEncoder,
            Tokenizer = r.GetValue(o.Tokenizer),
            AuditQrels = r.GetValue(o.AuditQrels),
            ReportJson = r.GetValue(o.ReportJson),
            Options = new MiningOptions
            {
                Skip = skip,
                Depth = depth,
                Negatives = negatives,
                Sampling = sampling,
                Seed = r.GetValue(o.Seed),
                Threads = r.GetValue(o.Threads),
                MinPositiveGrade = r.GetValue(o.MinGrade),
                PositivesPerQuery = r.GetValue(o.PositivesPerQuery),
                NearDuplicateJaccard = r.GetValue(o.NoNearDuplicates) ? 2.0 : near,
                MaxScore = maxScore,
                Margin = margin,
                RelativeMargin = relative,
                MaxSimilarity = maxSimilarity,
                Shard = ParseShard(r.GetValue(o.Shard)!),
                BatchSize = r.GetValue(o.BatchSize),
            },
        };
    }

    internal static (int Index, int Count) ParseShard(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i >= 1 && i <= n)
        {
            return (i, n);
        }

        throw new UsageException($"--shard '{text}' must be i/N with 1 <= i <= N, e.g. 2/8");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new UsageException(message);
        }
    }
}
