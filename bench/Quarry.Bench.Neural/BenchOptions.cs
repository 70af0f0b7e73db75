namespace Quarry.Bench.Neural;

/// <summary>Command-line settings of the benchmark.</summary>
internal sealed record BenchOptions
{
    public string DataDir { get; init; } = "";

    public int EncodePassages { get; init; } = 2000;

    public int Layers { get; init; } = 6;

    public int Dim { get; init; } = 384;

    public int Threads { get; init; }

    public int MaxLength { get; init; } = 256;

    public string Vocab => Path.Combine(DataDir, "models", "tokenizers", "bert-base-uncased", "vocab.txt");

    public string Passages => Path.Combine(DataDir, "msmarco", "passages.dl19-dl20.union.tsv.gz");

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions { DataDir = Environment.GetEnvironmentVariable("QUARRY_DATA") ?? FindData() };
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            o = args[i] switch
            {
                "--data" => o with { DataDir = args[i + 1] },
                "--passages" => o with { EncodePassages = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--layers" => o with { Layers = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--dim" => o with { Dim = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--threads" => o with { Threads = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--max-length" => o with { MaxLength = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }

    private static string FindData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "global.json")))
        {
            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "data"));
    }
}
