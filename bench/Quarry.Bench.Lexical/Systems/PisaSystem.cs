using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Quarry.Lexical;
using Quarry.Lexical.Search;

namespace Quarry.Bench.Lexical.Systems;

/// <summary>
/// PISA (the C++ engine of "PISA: performant indexes and search for academia") as a second peer, optional: it is not a
/// package, so it runs only when `--pisa DIR` names a folder holding its built tools (compress_inverted_index,
/// create_wand_data, queries). It indexes exactly Quarry's postings: Quarry's index is exported to PISA's binary
/// collection (uint32 sequences, each prefixed by its length: .docs starts with [document count], then each term's
/// documents; .freqs each term's tfs; .sizes the document lengths), and the queries to Quarry's term numbers (their
/// dictionary positions), so analysis plays no part. PISA's `queries` tool times each query on one thread, after a
/// pass that warms its lists; it prints no results, only times. BM25 k1=0.9 b=0.4; PISA scores with exact lengths
/// and its own idf, so its top k may differ from Quarry's in ties and by a few borderline documents.
/// </summary>
internal static class PisaSystem
{
    /// <summary>PISA's algorithms measured: plain MaxScore (its fastest here) and block-max WAND.</summary>
    private static readonly string[] Algorithms = ["maxscore", "block_max_wand"];

    // Anserini's BM25 parameters, as Quarry and Lucene.NET search in this benchmark.
    private static readonly string[] Bm25 = ["-s", "bm25", "--bm25-k1", "0.9", "--bm25-b", "0.4"];

    public static List<Measurement> Search(BenchOptions options)
    {
        string tools = options.Pisa ?? throw new InvalidOperationException("--pisa DIR is required for the pisa-search step");
        string dir = Path.Combine(options.Work, "pisa");
        Directory.CreateDirectory(dir);
        string collection = Path.Combine(dir, "collection");
        string queries = Path.Combine(dir, "queries.txt");
        var clock = Stopwatch.StartNew();
        int exported = Export(options, collection, queries);
        Console.Error.WriteLine($"pisa: exported the index and {exported:N0} queries in {clock.Elapsed.TotalSeconds:F0} s");

        string index = Path.Combine(dir, "block_simdbp.idx");
        string wand = Path.Combine(dir, "bm25.wand");
        Tool(tools, "compress_inverted_index", ["-c", collection, "-e", "block_simdbp", "-o", index]);
        Tool(tools, "create_wand_data", ["-c", collection, .. Bm25, "-b", "128", "-o", wand]);

        var results = new List<Measurement> { new("pisa", "queries", exported), new("pisa", "index_bytes", new FileInfo(index).Length) };
        foreach (int k in new[] { 10, 1000 })
        {
            List<string> args =
            [
                "-e", "block_simdbp", "-i", index, "-w", wand, .. Bm25, "--weighted",
                "-k", k.ToString(CultureInfo.InvariantCulture), "-q", queries, "--runs", Math.Max(1, options.Repeat).ToString(CultureInfo.InvariantCulture),
                .. Algorithms.SelectMany(a => new[] { "-a", a }),
            ];

            foreach (var (algorithm, meanMicros) in MeanTimes(Tool(tools, "queries", args)))
            {
                double qps = 1e6 / meanMicros;
                results.Add(new("pisa", $"qps_{algorithm}_k{k}", qps));
                Console.Error.WriteLine($"pisa {algorithm} k={k}: {qps:F1} q/s");
            }
        }

        return results;
    }

    /// <summary>Writes the binary collection and the queries (qid:term numbers, repeats kept); returns the queries written.</summary>
    private static int Export(BenchOptions options, string collection, string queriesPath)
    {
        using var index = LexicalIndex.Open(options.QuarryIndex);
        using (var sizes = new BinaryWriter(new BufferedStream(File.Create(collection + ".sizes"), 1 << 20)))
        {
            sizes.Write((uint)index.DocumentCount);
            for (int d = 0; d < index.DocumentCount; d++)
            {
                sizes.Write((uint)index.Lengths.Length(d));
            }
        }

        // The query terms first, so that only their numbers are kept while the dictionary is walked.
        var analyzer = QueryAnalyzers.For(index.Manifest.Analyzer);
        var topics = BenchInputs.Topics(options.Topics, options.Queries).Select(t => (t.Id, Terms: Analyze(analyzer, t.Text))).ToList();
        var numbers = topics.SelectMany(t => t.Terms).Distinct().ToDictionary(t => t, _ => -1L);

        using (var docs = new BinaryWriter(new BufferedStream(File.Create(collection + ".docs"), 1 << 20)))
        using (var freqs = new BinaryWriter(new BufferedStream(File.Create(collection + ".freqs"), 1 << 20)))
        {
            docs.Write(1u);
            docs.Write((uint)index.DocumentCount);
            long number = 0;
            foreach (var (term, info) in index.Terms.Enumerate())
            {
                ref long known = ref CollectionsMarshal.GetValueRefOrNullRef(numbers, term);
                if (!Unsafe.IsNullRef(ref known))
                {
                    known = number;
                }

                docs.Write((uint)info.DocumentFrequency);
                freqs.Write((uint)info.DocumentFrequency);
                foreach (var (doc, tf) in index.Postings(info))
                {
                    docs.Write((uint)doc);
                    freqs.Write((uint)tf);
                }

                number++;
            }
        }

        // Queries with no indexed term are left out (PISA cannot parse an empty one); Quarry answers them at once.
        int written = 0;
        using var output = new StreamWriter(queriesPath);
        foreach (var (id, terms) in topics)
        {
            var known = terms.Where(t => numbers[t] >= 0).Select(t => numbers[t].ToString(CultureInfo.InvariantCulture)).ToList();
            if (known.Count > 0)
            {
                output.WriteLine($"{id}:{string.Join(' ', known)}");
                written++;
            }
        }

        return written;
    }

    private static List<string> Analyze(Quarry.Lexical.Analysis.IAnalyzer analyzer, string text)
    {
        var terms = new List<string>();
        analyzer.Analyze(text, terms);
        return terms;
    }

    private static string Tool(string tools, string name, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(Path.Combine(tools, name)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Console.Error.WriteLine($"running pisa {name} ...");
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pisa {name} failed with exit code {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }

    /// <summary>The mean time per query (microseconds, each query's best run) of each algorithm in `queries`' JSON output.</summary>
    private static List<(string Algorithm, double MeanMicros)> MeanTimes(string output)
    {
        // One JSON object per algorithm, pretty-printed one after another: each starts with a line "{".
        var found = new List<(string, double)>();
        var objects = ("\n" + output).Split("\n{", StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part.TrimStart().StartsWith('"'))
            .Select(part => "{" + part);
        foreach (string text in objects)
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            string algorithm = root.GetProperty("algorithm").GetString()!;
            foreach (var times in root.GetProperty("times").EnumerateArray())
            {
                if (times.GetProperty("query_aggregation").GetString() == "min")
                {
                    found.Add((algorithm, times.GetProperty("mean").GetDouble()));
                }
            }
        }

        return found;
    }
}
