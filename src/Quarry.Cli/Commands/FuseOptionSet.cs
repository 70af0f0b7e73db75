using System.CommandLine;
using System.Globalization;
using Quarry.Cli.Hosting;
using Quarry.Data.Runs;
using Quarry.Fusion;

namespace Quarry.Cli.Commands;

/// <summary>What `quarry fuse` was asked to do, validated.</summary>
internal sealed record FuseRequest(IReadOnlyList<string> RunPaths, FusionOptions Options, string OutputPath, RunFormat Format, string? Tag, FuseOptimizeRequest? Optimize);

/// <summary>The weight search `--optimize` asks for.</summary>
internal sealed record FuseOptimizeRequest(string QrelsPath, string Measure, double Step);

/// <summary>The options of `quarry fuse` and their validation.</summary>
internal sealed class FuseOptionSet
{
    private readonly Argument<string[]> _runs = new("RUN") { Arity = ArgumentArity.OneOrMore, Description = "Run files to fuse (TREC or MS MARCO form, .gz allowed); at least two." };
    private readonly Option<string> _method = new("--method", "-m") { Description = "rrf | combsum | combmnz | interpolate", DefaultValueFactory = _ => "rrf" };
    private readonly Option<double> _k = new("--k") { Description = "RRF constant: score = sum of w / (k + rank).", DefaultValueFactory = _ => 60 };
    private readonly Option<string?> _weights = new("--weights", "-w") { Description = "Comma-separated weight per run, in the order of the runs (default 1 each; 1/n for interpolate)." };
    private readonly Option<string> _norm = new("--norm") { Description = "Per-query score normalisation for combsum/combmnz/interpolate: minmax | zscore | sum | none (ranx definitions).", DefaultValueFactory = _ => "minmax" };
    private readonly Option<int> _depth = new("--depth") { Description = "Only the top N documents of each input run (in score order) take part.", DefaultValueFactory = _ => 1000 };
    private readonly Option<int> _hits = new("--hits") { Description = "Documents kept per query in the fused run.", DefaultValueFactory = _ => 1000 };
    private readonly Option<string> _output = new("--output", "-o") { Description = "Fused run to write (atomically).", Required = true };
    private readonly Option<string> _format = new("--format") { Description = "Output form: trec | msmarco.", DefaultValueFactory = _ => "trec" };
    private readonly Option<string?> _tag = new("--tag") { Description = "Run tag of the TREC output (default fused-METHOD)." };
    private readonly Option<bool> _optimize = new("--optimize") { Description = "Grid-search the weights (summing to 1) that maximise --measure on --qrels, then fuse with them." };
    private readonly Option<string?> _qrels = new("--qrels") { Description = "Development qrels for --optimize." };
    private readonly Option<string> _measure = new("--measure") { Description = "Measure --optimize maximises (mean over the qrels' queries).", DefaultValueFactory = _ => "nDCG@10" };
    private readonly Option<double> _step = new("--step") { Description = "Grid step of each weight for --optimize.", DefaultValueFactory = _ => 0.1 };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_runs);
        foreach (Option option in (Option[])[_method, _k, _weights, _norm, _depth, _hits, _output, _format, _tag, _optimize, _qrels, _measure, _step])
        {
            command.Options.Add(option);
        }
    }

    public FuseRequest Read(ParseResult result)
    {
        string[] runs = result.GetValue(_runs) ?? [];
        if (runs.Length < 2)
        {
            throw new UsageException($"fusion needs at least two runs, got {runs.Length}");
        }

        var method = result.GetValue(_method)!.ToLowerInvariant() switch
        {
            "rrf" => FusionMethod.Rrf,
            "combsum" => FusionMethod.CombSum,
            "combmnz" => FusionMethod.CombMnz,
            "interpolate" or "wsum" => FusionMethod.Interpolate,
            string other => throw new UsageException($"--method: expected rrf, combsum, combmnz or interpolate, found '{other}'"),
        };
        if (!ScoreNormalizer.TryParse(result.GetValue(_norm)!, out var norm))
        {
            throw new UsageException($"--norm: expected minmax, zscore, sum or none, found '{result.GetValue(_norm)}'");
        }

        var options = new FusionOptions
        {
            Method = method,
            K = Positive(result.GetValue(_k), "--k", allowZero: true),
            Weights = ParseWeights(result.GetValue(_weights), runs.Length),
            Normalization = norm,
            Depth = (int)Positive(result.GetValue(_depth), "--depth"),
            Hits = (int)Positive(result.GetValue(_hits), "--hits"),
        };
        var format = result.GetValue(_format)!.ToLowerInvariant() switch
        {
            "trec" => RunFormat.Trec,
            "msmarco" => RunFormat.MsMarco,
            string other => throw new UsageException($"--format: expected trec or msmarco, found '{other}'"),
        };
        FuseOptimizeRequest? optimize = null;
        if (result.GetValue(_optimize))
        {
            string qrels = result.GetValue(_qrels) ?? throw new UsageException("--optimize needs --qrels (development judgments)");
            double step = result.GetValue(_step);
            if (!(step > 0 && step <= 1))
            {
                throw new UsageException($"--step: expected a number in (0, 1], found {step}");
            }

            optimize = new FuseOptimizeRequest(qrels, result.GetValue(_measure)!, step);
        }

        return new FuseRequest(runs, options, result.GetValue(_output)!, format, result.GetValue(_tag), optimize);
    }

    /// <summary>One line naming the method and its parameters, for the summary on stderr.</summary>
    public static string Describe(FusionOptions o) =>
        $"{o.Method.ToString().ToLowerInvariant()}"
        + (o.Method == FusionMethod.Rrf ? $", k={o.K}" : $", norm={o.Normalization.ToString().ToLowerInvariant()}")
        + (o.Weights is { } w ? ", weights=" + string.Join(',', w.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture))) : "")
        + $", depth={o.Depth}";

    private static IReadOnlyList<double>? ParseWeights(string? text, int runs)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var weights = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]) || !double.IsFinite(weights[i]))
            {
                throw new UsageException($"--weights: '{parts[i]}' is not a number");
            }
        }

        if (weights.Length != runs)
        {
            throw new UsageException($"--weights: {weights.Length} weights given for {runs} runs; give one per run");
        }

        return weights;
    }

    private static double Positive(double value, string name, bool allowZero = false)
    {
        if (!double.IsFinite(value) || value < 0 || (!allowZero && value == 0))
        {
            throw new UsageException($"{name}: expected a {(allowZero ? "non-negative" : "positive")} number, found {value}");
        }

        return value;
    }
}
