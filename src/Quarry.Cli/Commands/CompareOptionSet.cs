using System.CommandLine;
using System.Globalization;
using Quarry.Cli.Hosting;
using Quarry.Eval.Comparison;
using Quarry.Eval.Significance;

namespace Quarry.Cli.Commands;

/// <summary>What `quarry compare` was asked to do, validated.</summary>
internal sealed record CompareRequest(
    IReadOnlyList<(string Name, string Path)> Qrels,
    (string Name, string Path) Baseline,
    IReadOnlyList<(string Name, string Path)> Runs,
    IReadOnlyList<MeasureSpec> Measures,
    ComparisonOptions Options,
    bool Json,
    string? HtmlPath);

/// <summary>The options of `quarry compare` and their validation.</summary>
internal sealed class CompareOptionSet
{
    private readonly Argument<string[]> _files = new("FILES")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "QRELS BASELINE_RUN RUN... (without QRELS when --qrels is given). A run may be named NAME=FILE; otherwise its file name names it.",
    };

    private readonly Option<string[]> _measures = new("--measure", "-m")
    {
        Description = "Measure to compare on, repeatable: RR@10, nDCG@10, AP, AP(rel=2), R@1000, P@10 or trec_eval names (ndcg_cut.10). Prefix with a qrels name (dl19:nDCG@10) to use it on that set only.",
        Required = true,
    };

    private readonly Option<string[]> _qrels = new("--qrels") { Description = "NAME=FILE, repeatable: compare on several qrels sets and flag system pairs whose order differs between them." };
    private readonly Option<string> _test = new("--test") { Description = "Paired test: t | wilcoxon | randomization | bootstrap.", DefaultValueFactory = _ => "t" };
    private readonly Option<string> _zeroMethod = new("--zero-method") { Description = "Wilcoxon zero handling: wilcox | pratt | zsplit (SciPy's names).", DefaultValueFactory = _ => "wilcox" };
    private readonly Option<string> _correction = new("--correction") { Description = "Multiple-testing correction across the runs of each table: holm | bonferroni | bh | none.", DefaultValueFactory = _ => "holm" };
    private readonly Option<double> _alpha = new("--alpha") { Description = "Significance level for the corrected p-values.", DefaultValueFactory = _ => 0.05 };
    private readonly Option<ulong> _seed = new("--seed") { Description = "Seed of the randomization and bootstrap tests (same seed, same result on any thread count).", DefaultValueFactory = _ => 42UL };
    private readonly Option<int> _resamples = new("--resamples") { Description = "Sign flips or bootstrap samples of the resampling tests.", DefaultValueFactory = _ => 10_000 };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads of the resampling tests.", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _judged = new("--judged-threshold") { Description = "Warn when a run's mean Judged@10 is below this (its score is then mostly a lower bound).", DefaultValueFactory = _ => 0.5 };
    private readonly Option<int?> _digits = new("--per-query-digits") { Description = "Round per-query values to N decimals before testing, as trec_eval -q prints them (4); default: full precision." };
    private readonly Option<string> _format = new("--format") { Description = "Output on stdout: table | json.", DefaultValueFactory = _ => "table" };
    private readonly Option<string?> _html = new("--html") { Description = "Also write a self-contained HTML report with a per-query difference chart per measure." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(_files);
        foreach (Option option in (Option[])[_measures, _qrels, _test, _zeroMethod, _correction, _alpha, _seed, _resamples, _threads, _judged, _digits, _format, _html])
        {
            command.Options.Add(option);
        }
    }

    public CompareRequest Read(ParseResult result)
    {
        var files = new List<string>(result.GetValue(_files) ?? []);
        string[] qrelsOptions = result.GetValue(_qrels) ?? [];
        var qrels = new List<(string, string)>();
        if (qrelsOptions.Length > 0)
        {
            foreach (string q in qrelsOptions)
            {
                int eq = q.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == q.Length - 1)
                {
                    throw new UsageException($"--qrels: expected NAME=FILE, found '{q}'");
                }

                qrels.Add((q[..eq], q[(eq + 1)..]));
            }

            if (qrels.Select(q => q.Item1).Distinct(StringComparer.Ordinal).Count() != qrels.Count)
            {
                throw new UsageException("--qrels: each qrels set needs its own name");
            }
        }
        else
        {
            if (files.Count == 0)
            {
                throw new UsageException("expected QRELS BASELINE_RUN RUN...");
            }

            qrels.Add(("qrels", files[0]));
            files.RemoveAt(0);
        }

        if (files.Count < 2)
        {
            throw new UsageException($"expected a baseline run and at least one run to compare with it, found {files.Count} run file(s)");
        }

        var runs = NameRuns(files);
        var measures = (result.GetValue(_measures) ?? []).Select(MeasureSpec.Parse).ToList();
        foreach (var m in measures.Where(m => m.QrelsName is not null && !qrels.Any(q => q.Item1 == m.QrelsName)))
        {
            throw new UsageException($"--measure {m.QrelsName}:{m.Measure}: no qrels set is named '{m.QrelsName}'");
        }

        return new CompareRequest(qrels, runs[0], runs.Skip(1).ToList(), measures, ReadOptions(result), ReadFormat(result), result.GetValue(_html));
    }

    private ComparisonOptions ReadOptions(ParseResult result)
    {
        var kind = PairedTest.Parse(result.GetValue(_test)!) ?? throw new UsageException($"--test: expected t, wilcoxon, randomization or bootstrap, found '{result.GetValue(_test)}'");
        var correction = MultipleTesting.Parse(result.GetValue(_correction)!) ?? throw new UsageException($"--correction: expected holm, bonferroni, bh or none, found '{result.GetValue(_correction)}'");
        var zero = result.GetValue(_zeroMethod)!.ToLowerInvariant() switch
        {
            "wilcox" => WilcoxonZeroMethod.Wilcox,
            "pratt" => WilcoxonZeroMethod.Pratt,
            "zsplit" => WilcoxonZeroMethod.ZSplit,
            string other => throw new UsageException($"--zero-method: expected wilcox, pratt or zsplit, found '{other}'"),
        };
        double alpha = result.GetValue(_alpha);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new UsageException($"--alpha: expected a number between 0 and 1, found {alpha.ToString(CultureInfo.InvariantCulture)}");
        }

        int resamples = result.GetValue(_resamples);
        int threads = result.GetValue(_threads);
        if (resamples < 1 || threads < 1)
        {
            throw new UsageException("--resamples and --threads must be at least 1");
        }

        int? digits = result.GetValue(_digits);
        if (digits is < 0 or > 15)
        {
            throw new UsageException($"--per-query-digits: expected 0 to 15, found {digits}");
        }

        return new ComparisonOptions
        {
            PerQueryDigits = digits,
            Test = new PairedTestOptions { Kind = kind, ZeroMethod = zero, Seed = result.GetValue(_seed), Resamples = resamples, Threads = threads },
            Correction = correction,
            Alpha = alpha,
            JudgedWarningThreshold = result.GetValue(_judged),
        };
    }

    private bool ReadFormat(ParseResult result) => result.GetValue(_format)!.ToLowerInvariant() switch
    {
        "table" => false,
        "json" => true,
        string other => throw new UsageException($"--format: expected table or json, found '{other}'"),
    };

    /// <summary>NAME=FILE keeps NAME; otherwise the file name without .gz/.txt/.trec/.tsv; repeated names get a suffix.</summary>
    internal static List<(string Name, string Path)> NameRuns(IEnumerable<string> files)
    {
        var named = new List<(string, string)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            int eq = file.IndexOf('=', StringComparison.Ordinal);
            (string name, string path) = eq > 0 && !File.Exists(file) ? (file[..eq], file[(eq + 1)..]) : (BaseName(file), file);
            string unique = name;
            for (int i = 2; !used.Add(unique); i++)
            {
                unique = $"{name}#{i}";
            }

            named.Add((unique, path));
        }

        return named;
    }

    private static string BaseName(string path)
    {
        string name = Path.GetFileName(path);
        foreach (string ext in new[] { ".gz", ".txt", ".trec", ".tsv", ".run" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && name.Length > ext.Length)
            {
                name = name[..^ext.Length];
            }
        }

        return name;
    }
}
