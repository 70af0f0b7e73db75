using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Eval.TrecEval;

namespace Quarry.Cli.Commands;

/// <summary>What `quarry eval` was asked to do.</summary>
internal sealed record EvalRequest(string QrelsPath, string RunPath, IReadOnlyList<string> Measures, TrecEvalOptions Options, bool Json, string? OutputPath);

/// <summary>The options of `quarry eval`: trec_eval's flags (glued forms such as -M10 and -mP.10 work) plus --format and --output.</summary>
internal sealed class EvalOptionSet
{
    private readonly Argument<string> _qrels = new("QRELS") { Description = "Qrels file: 'qid iter docno grade' per line (gzip allowed)." };
    private readonly Argument<string> _run = new("RUN") { Description = "Run file: 'qid Q0 docno rank score tag' per line (gzip allowed). Ranking is by score; the rank column is ignored. An MS MARCO run ('qid pid rank') is accepted too." };

    private readonly Option<bool> _perQuery = new("-q", "--per-query") { Description = "Also print each query's values (before the 'all' lines)." };
    private readonly Option<bool> _complete = new("-c", "--complete") { Description = "Average over every query in the qrels; queries missing from the run count 0." };
    private readonly Option<bool> _noSummary = new("-n", "--no-summary") { Description = "Do not print the summary ('all') lines." };
    private readonly Option<int?> _maxDocs = new("-M", "--max-docs") { HelpName = "N", Description = "Keep only the first N documents of each query after sorting by score (MRR@10 is -M 10 -m recip_rank). Default: all." };
    private readonly Option<int> _level = new("-l", "--level-for-rel") { HelpName = "LEVEL", Description = "Minimum grade counted as relevant by binary measures (TREC DL uses 2 for map and recall).", DefaultValueFactory = _ => 1 };
    private readonly Option<long> _docsInCollection = new("-N", "--docs-in-collection") { HelpName = "N", Description = "Number of documents in the collection (used by utility). Default 0, as in trec_eval." };
    private readonly Option<bool> _judgedOnly = new("-J", "--judged-docs-only") { Description = "Drop unjudged documents from each ranking before measuring (rarely what you want)." };
    private readonly Option<string[]> _measures = new("-m", "--measure")
    {
        HelpName = "MEASURE",
        Description = "Measure to print; repeat for several. trec_eval names with parameters (map, recip_rank, P.5,10, ndcg_cut.10, recall.1000, " +
            "success.1,5,10, ndcg.1=3,2=9) or groups (official [default], all_trec, set), or ir_measures names (RR@10, nDCG@10, AP, AP(rel=2), R@1000, P@10, Judged@10).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _relFormat = new("-R", "--rel-info-format") { HelpName = "FORMAT", Description = "Qrels format; only 'qrels' is supported (prefs and qrels_jg are not).", DefaultValueFactory = _ => "qrels" };
    private readonly Option<string> _format = new("--format") { HelpName = "text|json", Description = "Output format: 'text' (trec_eval's, byte for byte) or 'json'.", DefaultValueFactory = _ => "text" };
    private readonly Option<string?> _output = new("-o", "--output") { HelpName = "FILE", Description = "Write to this file (atomically) instead of standard output." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_qrels);
        command.Arguments.Add(_run);
        Option[] options = [_perQuery, _complete, _noSummary, _maxDocs, _level, _measures, _docsInCollection, _judgedOnly, _relFormat, _format, _output];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    public EvalRequest Read(ParseResult parse)
    {
        string format = parse.GetValue(_format) ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be 'text' or 'json', found '{format}'");
        }

        if (parse.GetValue(_relFormat) is { } rel && rel != "qrels")
        {
            throw new UsageException($"-R {rel}: only the 'qrels' format is supported (trec_eval's prefs and qrels_jg formats are not)");
        }

        int? maxDocs = parse.GetValue(_maxDocs);
        if (maxDocs is <= 0)
        {
            throw new UsageException($"-M must be a positive number of documents, found {maxDocs}");
        }

        var options = new TrecEvalOptions
        {
            PerQuery = parse.GetValue(_perQuery),
            Complete = parse.GetValue(_complete),
            NoSummary = parse.GetValue(_noSummary),
            MaxDocsPerQuery = maxDocs ?? int.MaxValue,
            RelevanceLevel = parse.GetValue(_level),
            DocsInCollection = parse.GetValue(_docsInCollection),
            JudgedDocsOnly = parse.GetValue(_judgedOnly),
        };
        return new EvalRequest(parse.GetValue(_qrels)!, parse.GetValue(_run)!, parse.GetValue(_measures) ?? [], options, format == "json", parse.GetValue(_output));
    }
}
