using System.Globalization;
using System.Text;
using Quarry.Bench.Lexical.Corpus;
using Quarry.Bench.Lexical.Systems;

namespace Quarry.Bench.Lexical;

/// <summary>Turns the measurements into the Markdown section of docs/benchmarks.md.</summary>
internal static class Report
{
    private const string Start = "<!-- bench:lexical:start -->";
    private const string End = "<!-- bench:lexical:end -->";

    public static string Markdown(BenchOptions options, CorpusModel model, List<Measurement> all)
    {
        double Get(string system, string name) => all.Single(m => m.System == system && m.Name == name).Value;
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"{Start}\n## Lexical: analysis, BM25 index and search vs Lucene.NET 4.8\n\n");
        sb.Append(inv, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion}, .NET {Environment.Version}); ");
        sb.Append("the machine was shared with other work, so absolute times are noisy: read the ratios. ");
        sb.Append(inv, $"1-minute load average after each step (2 cores): Lucene build {Get("host", "lucene-build_load"):F1}, Quarry build {Get("host", "quarry-build_load"):F1}, ");
        sb.Append(inv, $"Quarry search {Get("host", "quarry-search_load"):F1}, Lucene search {Get("host", "lucene-search_load"):F1}.\n\n");
        sb.Append("Command:\n\n```\ndotnet run -c Release --project bench/Quarry.Bench.Lexical -- ");
        sb.Append(inv, $"--passages {options.Passages} --queries {(options.Queries == int.MaxValue ? "all" : options.Queries.ToString(inv))} --build-threads {options.BuildThreads} --repeat {options.Repeat} ");
        sb.Append("--fit-on ../shared/data/msmarco/passages.dl19-dl20.union.tsv.gz --topics ../shared/data/msmarco/topics.msmarco-passage.dev-subset.txt --report docs/benchmarks.md\n```\n\n");
        sb.Append(inv, $"Corpus: {Get("quarry", "docs"):N0} generated passages (seed {options.Seed}), fitted on the 29,925 real passages: ");
        sb.Append(inv, $"{model.Words.Length:N0} observed words with their frequencies, unseen-word mass {model.UnseenMass:F4} (Good-Turing) drawn from a Zipf tail ");
        sb.Append(inv, $"(s = {model.ZipfExponent:F3}) of made-up words, lengths drawn from the real ones (10-200 words, mean {model.MeanLength:F1}). ");
        sb.Append(inv, $"Queries: the first {(options.Queries == int.MaxValue ? "6,980" : options.Queries.ToString("N0", inv))} real dev-small topics, each search configuration timed {options.Repeat} time(s), best kept (after a 500-query warm-up). ");
        sb.Append("Both systems: the same analysis chain, BM25 k1=0.9 b=0.4, docs and freqs only, no stored fields; ");
        sb.Append("Lucene.NET's build ends with forceMerge(1) (one segment, as searched) and uses a 256 MB RAM buffer.\n\n");
        sb.Append("| figure | Quarry | Lucene.NET | ratio |\n|---|---:|---:|---:|\n");
        Row(sb, "analysis, tokens per CPU-second (real passages, 1 thread)", Get("quarry", "analysis_tokens_per_s"), Get("lucene", "analysis_tokens_per_s"), higherIsBetter: true, "N0");
        Row(sb, $"index build, s ({options.BuildThreads} threads)", Get("quarry", "build_s"), Get("lucene", "build_s"), higherIsBetter: false, "F1");
        Row(sb, "index build, documents/s", Get("quarry", "docs") / Get("quarry", "build_s"), Get("lucene", "docs") / Get("lucene", "build_s"), higherIsBetter: true, "N0");
        Row(sb, "index size, MiB", Get("quarry", "index_bytes") / 1048576.0, Get("lucene", "index_bytes") / 1048576.0, higherIsBetter: false, "F1");
        Row(sb, "build peak memory (VmHWM), MiB", Get("quarry", "build_peak_bytes") / 1048576.0, Get("lucene", "build_peak_bytes") / 1048576.0, higherIsBetter: false, "F0");
        Row(sb, "search peak memory (VmHWM), MiB", Get("quarry", "search_peak_bytes") / 1048576.0, Get("lucene", "search_peak_bytes") / 1048576.0, higherIsBetter: false, "F0");
        foreach (int k in new[] { 10, 1000 })
        {
            foreach (int t in new[] { 1, 2 })
            {
                double lucene = Get("lucene", $"qps_k{k}_t{t}");
                Row(sb, $"queries/s, k={k}, {t} thread(s), MaxScore", Get("quarry", $"qps_maxscore_k{k}_t{t}"), lucene, higherIsBetter: true, "F1");
                Row(sb, $"queries/s, k={k}, {t} thread(s), block-max WAND", Get("quarry", $"qps_bmw_k{k}_t{t}"), lucene, higherIsBetter: true, "F1");
            }
        }

        sb.Append("\nRatios are Quarry's advantage (Quarry/Lucene for rates, Lucene/Quarry for times, sizes and memory). ");
        sb.Append(inv, $"Two-thread scaling, Quarry MaxScore k=1000: {Get("quarry", "qps_maxscore_k1000_t2") / Get("quarry", "qps_maxscore_k1000_t1"):F2}x; ");
        sb.Append(inv, $"Lucene.NET: {Get("lucene", "qps_k1000_t2") / Get("lucene", "qps_k1000_t1"):F2}x.\n");
        if (all.Any(m => m.System == "pisa"))
        {
            Pisa(sb, Get);
        }

        sb.Append(inv, $"{End}\n");
        return sb.ToString();
    }

    /// <summary>The PISA rows: the same postings searched by PISA's own tools, one thread, beside Quarry's and Lucene.NET's rates.</summary>
    private static void Pisa(StringBuilder sb, Func<string, string, double> get)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"\nPISA (C++, built from source; `--pisa`) on Quarry's own postings, exported to its format ({get("pisa", "index_bytes") / 1048576.0:F1} MiB as block_simdbp), ");
        sb.Append(inv, $"{get("pisa", "queries"):N0} queries (those with an indexed term), one thread, each query's best of its timed runs; 128-posting blocks for the block bounds, BM25 k1=0.9 b=0.4:\n\n");
        sb.Append("| queries/s, 1 thread | PISA | Quarry MaxScore | Lucene.NET | Quarry / PISA | PISA / Lucene.NET |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (int k in new[] { 10, 1000 })
        {
            foreach (string algorithm in new[] { "maxscore", "block_max_wand" })
            {
                double pisa = get("pisa", $"qps_{algorithm}_k{k}");
                double quarry = get("quarry", $"qps_maxscore_k{k}_t1");
                double lucene = get("lucene", $"qps_k{k}_t1");
                sb.Append(inv, $"| k={k}, PISA {algorithm} | {pisa:F1} | {quarry:F1} | {lucene:F1} | {quarry / pisa:F2}x | {pisa / lucene:F2}x |\n");
            }
        }
    }

    public static void WriteSection(string path, string section)
    {
        string text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        int s = text.IndexOf(Start, StringComparison.Ordinal);
        int e = text.IndexOf(End, StringComparison.Ordinal);
        text = s >= 0 && e > s
            ? string.Concat(text.AsSpan(0, s), section.TrimEnd('\n'), text.AsSpan(e + End.Length))
            : text.TrimEnd('\n') + "\n\n" + section;
        File.WriteAllText(path, text);
    }

    private static void Row(StringBuilder sb, string name, double quarry, double lucene, bool higherIsBetter, string format)
    {
        var inv = CultureInfo.InvariantCulture;
        double ratio = higherIsBetter ? quarry / lucene : lucene / quarry;
        sb.Append(inv, $"| {name} | {quarry.ToString(format, inv)} | {lucene.ToString(format, inv)} | {ratio:F2}x |\n");
    }
}
