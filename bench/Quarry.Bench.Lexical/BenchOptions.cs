namespace Quarry.Bench.Lexical;

/// <summary>What one benchmark run does; parsed from `--name value` arguments.</summary>
internal sealed record BenchOptions
{
    /// <summary>Passages to generate (default 1,000,000; MS MARCO has 8,841,823).</summary>
    public int Passages { get; init; } = 1_000_000;

    /// <summary>Real passages the corpus model is fitted on (default: the shared 29,925 DL19/DL20 passages).</summary>
    public string FitOn { get; init; } = "";

    /// <summary>The real queries (default: the shared 6,980 dev-small topics).</summary>
    public string Topics { get; init; } = "";

    /// <summary>How many of the topics to run (default all).</summary>
    public int Queries { get; init; } = int.MaxValue;

    /// <summary>Scratch folder for the corpus and both indexes (default: a folder under the system temp path).</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "quarry-bench-lexical");

    /// <summary>Markdown file whose "Lexical" section receives the results (default: none, print only).</summary>
    public string? Report { get; init; }

    /// <summary>Threads for index building (default 2).</summary>
    public int BuildThreads { get; init; } = 2;

    /// <summary>Timed passes per search configuration; the best is kept, which filters out other load (default 1).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Seed of the corpus generator (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The steps to run, in order (default all four: "lucene-build,quarry-build,quarry-search,lucene-search"). A subset
    /// lets a slow step (Lucene.NET's full-scale build) run apart from the others over the same work folder; the
    /// report is only written when all four ran in this process.
    /// </summary>
    public string[] Steps { get; init; } = [.. AllSteps];

    /// <summary>Every step, in the order a full run takes them.</summary>
    public static IReadOnlyList<string> AllSteps { get; } = ["lucene-build", "quarry-build", "quarry-search", "lucene-search"];

    /// <summary>
    /// The optional step: PISA searches Quarry's postings (exported to its format) with its own tools, from the folder
    /// <see cref="Pisa"/> names. It runs last in a full run when --pisa is given, and may be named in --steps.
    /// </summary>
    public const string PisaStep = "pisa-search";

    /// <summary>A folder holding PISA's built tools (compress_inverted_index, create_wand_data, queries), or null: no PISA step.</summary>
    public string? Pisa { get; init; }

    /// <summary>The steps of this run: --steps, or all four plus PISA's when --pisa is given.</summary>
    public IReadOnlyList<string> StepsToRun => StepsGiven ? Steps : Pisa is null ? Steps : [.. Steps, PisaStep];

    private bool StepsGiven { get; init; }

    /// <summary>Internal: the child role ("quarry-build", "quarry-search", "lucene-build", "lucene-search").</summary>
    public string? Child { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string v = args[i + 1];
            o = args[i] switch
            {
                "--passages" => o with { Passages = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "--fit-on" => o with { FitOn = v },
                "--topics" => o with { Topics = v },
                "--queries" => o with { Queries = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "--work" => o with { Work = v },
                "--report" => o with { Report = v },
                "--build-threads" => o with { BuildThreads = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "--repeat" => o with { Repeat = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "--child" => o with { Child = v },
                "--steps" => o with { Steps = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StepsGiven = true },
                "--pisa" => o with { Pisa = v },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }

    public string[] ToArgs() =>
    [
        "--passages", Passages.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fit-on", FitOn, "--topics", Topics,
        "--queries", Queries.ToString(System.Globalization.CultureInfo.InvariantCulture), "--work", Work,
        "--build-threads", BuildThreads.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--repeat", Repeat.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    public string CorpusPath => Path.Combine(Work, $"corpus-{Passages}-{Seed}.tsv");

    public string QuarryIndex => Path.Combine(Work, "quarry-index");

    public string LuceneIndex => Path.Combine(Work, "lucene-index");
}
