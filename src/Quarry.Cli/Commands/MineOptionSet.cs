using System.CommandLine;

namespace Quarry.Cli.Commands;

/// <summary>The options of `quarry mine`, declared once with their help and defaults.</summary>
internal sealed class MineOptionSet
{
    public Option<string> Qrels { get; } = new("--qrels") { Description = "Training labels (qrels); passages at or above --min-grade are positives.", Required = true };
    public Option<string> Queries { get; } = new("--queries") { Description = "Query texts, 'qid<TAB>text'.", Required = true };
    public Option<string> Candidates { get; } = new("--candidates") { Description = "Candidate run (TREC or MS MARCO form, gzip ok), each query's lines together.", Required = true };
    public Option<string> Passages { get; } = new("--passages") { Description = "An index directory built with --store-docs, or a 'pid<TAB>text' collection (gzip ok).", Required = true };
    public Option<string> Output { get; } = new("--output", "-o") { Description = "Training file to write (atomically; .gz compresses).", Required = true };
    public Option<string> Format { get; } = new("--format") { Description = $"Layout: {MineCommand.FormatNames} (see docs/mining.md).", DefaultValueFactory = _ => "triples-ids" };
    public Option<int> Skip { get; } = new("--skip") { Description = "Ignore the top N candidates of each query.", DefaultValueFactory = _ => 0 };
    public Option<int> Depth { get; } = new("--depth") { Description = "Deepest candidate rank to use.", DefaultValueFactory = _ => 100 };
    public Option<int> Negatives { get; } = new("--negatives", "-k") { Description = "Negatives per query.", DefaultValueFactory = _ => 8 };
    public Option<string> Sampling { get; } = new("--sampling") { Description = "top (best-ranked survivors) or random (seeded, per query).", DefaultValueFactory = _ => "top" };
    public Option<ulong> Seed { get; } = new("--seed") { Description = "Seed for random sampling; same seed, same output on any thread count.", DefaultValueFactory = _ => 42UL };
    public Option<int> Threads { get; } = new("--threads") { Description = "Worker threads (the output does not depend on it).", DefaultValueFactory = _ => 1 };
    public Option<int> MinGrade { get; } = new("--min-grade") { Description = "Lowest qrels grade that counts as a positive.", DefaultValueFactory = _ => 1 };
    public Option<int> PositivesPerQuery { get; } = new("--positives-per-query") { Description = "Keep at most N labels per query (highest grade, then smallest pid); 0 keeps all.", DefaultValueFactory = _ => 0 };
    public Option<double> NearDuplicate { get; } = new("--near-duplicate") { Description = "Word 3-shingle Jaccard at or above which a candidate is a near duplicate of a positive.", DefaultValueFactory = _ => 0.9 };
    public Option<bool> NoNearDuplicates { get; } = new("--no-near-duplicates") { Description = "Only drop exact (normalised) duplicates of positives." };
    public Option<string?> CrossEncoder { get; } = new("--cross-encoder") { Description = "ONNX cross-encoder directory for --max-score / --margin / --relative-margin." };
    public Option<double?> MaxScore { get; } = new("--max-score") { Description = "Drop candidates whose cross-encoder score is above this." };
    public Option<double?> Margin { get; } = new("--margin") { Description = "Drop candidates with score + margin > the lowest positive's score (absolute margin)." };
    public Option<double?> RelativeMargin { get; } = new("--relative-margin") { Description = "Drop candidates with score > lowest positive score x (1 - margin)." };
    public Option<string?> BiEncoder { get; } = new("--bi-encoder") { Description = "ONNX bi-encoder directory for --max-similarity." };
    public Option<double?> MaxSimilarity { get; } = new("--max-similarity") { Description = "Drop candidates whose cosine similarity to a positive is above this." };
    public Option<string?> Tokenizer { get; } = new("--tokenizer") { Description = "Tokenizer (folder, tokenizer.json or vocab.txt) for a model folder that has none." };
    public Option<string?> AuditQrels { get; } = new("--audit-qrels") { Description = "Dense graded qrels: report the false-negative rate before and after each filter." };
    public Option<string?> ReportJson { get; } = new("--report-json") { Description = "Also write the report as JSON to this file." };
    public Option<string> Shard { get; } = new("--shard") { Description = "i/N: mine the i-th of N contiguous blocks of queries; concatenate outputs 1..N to merge.", DefaultValueFactory = _ => "1/1" };
    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "Queries per parallel batch and thread (bounds memory in flight).", DefaultValueFactory = _ => 256 };

    public IEnumerable<Option> All =>
    [
        Qrels, Queries, Candidates, Passages, Output, Format, Skip, Depth, Negatives, Sampling, Seed, Threads, MinGrade,
        PositivesPerQuery, NearDuplicate, NoNearDuplicates, CrossEncoder, MaxScore, Margin, RelativeMargin, BiEncoder,
        MaxSimilarity, Tokenizer, AuditQrels, ReportJson, Shard, BatchSize,
    ];

    public MineRequest Bind(ParseResult r) => MineRequest.From(this, r);
}
