using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Lexical.Scoring;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Commands;

/// <summary>What a BM25 `quarry search` was asked to do, validated.</summary>
internal sealed record SearchRequest(
    string Index, string Topics, string Output, int Hits, int Threads, string Format, string Tag,
    SearchAlgorithm Algorithm, Bm25Options Bm25, Rm3Options? Rm3);

/// <summary>The options of `quarry search` (BM25 ones and those shared with --dense) and their validation.</summary>
internal sealed class SearchOptionSet
{
    public const string RunFormats = "trec|msmarco|anserini";

    private Option<string?> _index = new("--index", "-i") { Description = "Index directory (from quarry index)." };
    private readonly Option<string?> _topics = new("--topics", "-q") { Description = "Queries: 'qid<TAB>text' lines, or TREC topics (<top> or <DOC> files)." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Run file to write (atomically; .gz compresses)." };
    private readonly Option<int> _hits = new("--hits", "-k") { Description = "Documents per query.", DefaultValueFactory = _ => 1000 };
    private readonly Option<float> _k1 = new("--k1") { Description = "BM25 k1.", DefaultValueFactory = _ => 0.9f };
    private readonly Option<float> _b = new("--b") { Description = "BM25 b.", DefaultValueFactory = _ => 0.4f };
    private readonly Option<bool> _exactLengths = new("--exact-lengths") { Description = "Score with exact document lengths instead of Lucene's one-byte lengths." };
    private readonly Option<int> _threads = new("--threads", "-t") { Description = "Search threads (results are identical for any count).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string> _format = new("--format") { Description = $"Run format: {RunFormats} (anserini: Anserini's 4-decimal scores with tie adjustment).", DefaultValueFactory = _ => "trec" };
    private readonly Option<string?> _tag = new("--tag") { Description = "Run tag, the last TREC column (default quarry; Anserini for --format anserini)." };
    private readonly Option<string> _algorithm = new("--algorithm") { Description = "maxscore | bmw | exhaustive (all give the identical top-k).", DefaultValueFactory = _ => "maxscore" };
    private readonly Option<bool> _rm3 = new("--rm3") { Description = "RM3 pseudo-relevance feedback (Anserini defaults; needs an index built with --store-docs)." };
    private readonly Option<int> _fbTerms = new("--fb-terms") { Description = "RM3 expansion terms.", DefaultValueFactory = _ => 10 };
    private readonly Option<int> _fbDocs = new("--fb-docs") { Description = "RM3 feedback documents.", DefaultValueFactory = _ => 10 };
    private readonly Option<float> _originalWeight = new("--original-query-weight") { Description = "RM3 weight of the original query.", DefaultValueFactory = _ => 0.5f };

    public Option<bool> Dense { get; } = new("--dense") { Description = "Search a dense vector file instead of a BM25 index (see the Dense: options)." };

    /// <summary>Adds the options the verb does not have yet (--dense may already declare a shared one, such as --index).</summary>
    public void AddTo(Command command)
    {
        if (command.Options.FirstOrDefault(o => o.Name == "--index") is Option<string?> existing)
        {
            _index = existing;
        }

        foreach (Option o in new Option[] { Dense, _index, _topics, _output, _hits, _k1, _b, _exactLengths, _threads, _format, _tag, _algorithm, _rm3, _fbTerms, _fbDocs, _originalWeight })
        {
            if (!command.Options.Any(x => x.Name == o.Name))
            {
                command.Options.Add(o);
            }
        }
    }

    public SearchRequest Read(ParseResult result)
    {
        string index = result.GetValue(_index) ?? throw new UsageException("--index is required (the directory quarry index built)");
        string topics = result.GetValue(_topics) ?? throw new UsageException("--topics is required");
        string output = result.GetValue(_output) ?? throw new UsageException("--output is required");
        int hits = result.GetValue(_hits);
        if (hits <= 0)
        {
            throw new UsageException($"--hits must be at least 1, found {hits}");
        }

        int threads = result.GetValue(_threads);
        if (threads < 1)
        {
            throw new UsageException($"--threads must be at least 1, found {threads}");
        }

        string format = result.GetValue(_format)!.ToLowerInvariant();
        if (format is not ("trec" or "msmarco" or "anserini"))
        {
            throw new UsageException($"--format: expected {RunFormats}, found '{format}'");
        }

        var algorithm = result.GetValue(_algorithm)!.ToLowerInvariant() switch
        {
            "maxscore" => SearchAlgorithm.MaxScore,
            "bmw" or "block-max-wand" => SearchAlgorithm.BlockMaxWand,
            "exhaustive" => SearchAlgorithm.Exhaustive,
            var other => throw new UsageException($"--algorithm: expected maxscore, bmw or exhaustive, found '{other}'"),
        };
        var bm25 = new Bm25Options { K1 = result.GetValue(_k1), B = result.GetValue(_b), ExactLengths = result.GetValue(_exactLengths) };
        try
        {
            bm25.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException($"--k1/--b: {e.Message.Split(Environment.NewLine)[0]}", e);
        }

        Rm3Options? rm3 = null;
        if (result.GetValue(_rm3))
        {
            rm3 = new Rm3Options { FbTerms = result.GetValue(_fbTerms), FbDocs = result.GetValue(_fbDocs), OriginalQueryWeight = result.GetValue(_originalWeight) };
            if (rm3.FbTerms < 1 || rm3.FbDocs < 1 || rm3.OriginalQueryWeight is < 0 or > 1)
            {
                throw new UsageException("--fb-terms and --fb-docs must be at least 1, --original-query-weight in [0, 1]");
            }
        }

        string tag = result.GetValue(_tag) ?? (format == "anserini" ? "Anserini" : "quarry");
        return new SearchRequest(index, topics, output, hits, threads, format, tag, algorithm, bm25, rm3);
    }
}
