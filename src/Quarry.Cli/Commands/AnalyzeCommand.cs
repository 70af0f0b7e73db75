using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Lexical.Analysis;

namespace Quarry.Cli.Commands;

/// <summary>`quarry analyze`: show the terms Anserini's default English analysis produces, for one text or a file of texts.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input", "-i") { Description = "File of id<TAB>text lines (collection or topics; .gz allowed)." };
        var output = new Option<string?>("--output", "-o") { Description = "JSON lines {\"id\": ..., \"tokens\": [...]} to write (.gz compresses); stdout when omitted." };
        var text = new Option<string?>("--text", "-t") { Description = "Analyze this one text and print its terms, one per line." };
        var keepStopwords = new Option<bool>("--keep-stopwords") { Description = "Keep Lucene's 33 English stop words (Pyserini --keepStopwords)." };
        var stemmer = new Option<string>("--stemmer")
        {
            Description = "Stemmer: porter (Anserini's default) or none.",
            DefaultValueFactory = _ => "porter",
        };
        stemmer.AcceptOnlyFromAmong("porter", "none");

        var command = new Command(
            "analyze",
            "Show the terms Anserini's default English analysis produces: Lucene StandardTokenizer, possessive filter, "
            + "lower-casing, English stop words and Porter stemming.\n"
            + "Examples:\n  quarry analyze --text \"The Running connections\"\n  quarry analyze --input collection.tsv --output terms.jsonl.gz");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(text);
        command.Options.Add(keepStopwords);
        command.Options.Add(stemmer);
        command.SetAction(parseResult => CliRunner.Run("analyze", () =>
        {
            var analyzer = new EnglishAnalyzer(new AnalyzerOptions
            {
                Stem = parseResult.GetValue(stemmer) == "porter",
                RemoveStopwords = !parseResult.GetValue(keepStopwords),
            });
            string? one = parseResult.GetValue(text);
            string? inputPath = parseResult.GetValue(input);
            string? outputPath = parseResult.GetValue(output);
            if ((one is null) == (inputPath is null))
            {
                throw new UsageException("give either --text TEXT or --input FILE");
            }

            if (one is not null)
            {
                if (outputPath is not null)
                {
                    throw new UsageException("--output goes with --input; --text prints to stdout");
                }

                foreach (string term in analyzer.Analyze(one))
                {
                    Console.Out.WriteLine(term);
                }

                return 0;
            }

            AnalyzeFile(analyzer, inputPath!, outputPath);
            return 0;
        }));
        return command;
    }

    private static void AnalyzeFile(EnglishAnalyzer analyzer, string inputPath, string? outputPath)
    {
        var clock = Stopwatch.StartNew();
        (long texts, long terms) = (0, 0);
        if (outputPath is null)
        {
            using Stream stdout = Console.OpenStandardOutput();
            (texts, terms) = WriteJsonLines(analyzer, inputPath, stdout, _ => { });
        }
        else
        {
            using var writer = new AtomicFileWriter(outputPath);
            (texts, terms) = ConsoleProgress.Run("analyze", 0, progress => WriteJsonLines(analyzer, inputPath, writer.Stream, progress));
            writer.Commit();
        }

        double seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"quarry analyze: {texts:N0} texts, {terms:N0} terms in {seconds:F1} s ({texts / Math.Max(seconds, 1e-9):N0} texts/s)");
    }

    /// <summary>Streams id&lt;TAB&gt;text lines to one compact JSON object per line; blank lines are skipped.</summary>
    private static (long Texts, long Terms) WriteJsonLines(EnglishAnalyzer analyzer, string inputPath, Stream destination, Action<long> progress)
    {
        var terms = new List<string>();
        // Not disposed: that would close the destination, which its owner commits or closes.
        var buffered = new BufferedStream(destination, TextInput.BufferSize);
        using var json = new Utf8JsonWriter(buffered);
        long texts = 0;
        long total = 0;
        foreach ((long number, string line) in TextInput.ReadLines(inputPath))
        {
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InputFormatException(inputPath, number, tab == 0 ? "empty id before the tab" : "expected id<TAB>text, found no tab");
            }

            terms.Clear();
            analyzer.Analyze(line.AsSpan(tab + 1), terms);
            json.WriteStartObject();
            json.WriteString("id", line.AsSpan(0, tab));
            json.WriteStartArray("tokens");
            foreach (string term in terms)
            {
                json.WriteStringValue(term);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            buffered.WriteByte((byte)'\n');
            json.Reset();
            texts++;
            total += terms.Count;
            if (texts % 1024 == 0)
            {
                progress(1024);
            }
        }

        buffered.Flush();
        return (texts, total);
    }
}
