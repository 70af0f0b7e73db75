using System.CommandLine;
using System.Diagnostics;
using Quarry.Cli.Hosting;
using Quarry.Lexical.Index.Build;
using Quarry.Lexical.Index.Manifest;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Commands;

/// <summary>`quarry index`: Build a BM25 inverted index from a collection.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Build a BM25 inverted index from a collection (Anserini's English analysis; Lucene 9 compatible scoring).");
        var collection = new Option<string>("--collection", "-c") { Description = "Collection file or folder (gzip is detected).", Required = true };
        var format = new Option<string>("--format") { Description = $"Collection format: {IndexCollections.FormatNames}.", DefaultValueFactory = _ => "auto" };
        var index = new Option<string>("--index", "-i") { Description = "Index directory to create (replaced if it already holds an index).", Required = true };
        var threads = new Option<int>("--threads", "-t") { Description = "Threads for analysis and for encoding the postings (the index is identical for any count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var storeDocs = new Option<bool>("--store-docs") { Description = "Keep a compressed copy of every text (needed by RM3, reranking and mining)." };
        var keepStopwords = new Option<bool>("--keep-stopwords") { Description = "Index Lucene's 33 English stopwords too." };
        var stemmer = new Option<string>("--stemmer") { Description = "porter | none.", DefaultValueFactory = _ => "porter" };
        var strictUtf8 = new Option<bool>("--strict-utf8") { Description = "Stop at bytes that are not UTF-8 (default: they become U+FFFD, as most IR tools read MS MARCO)." };
        foreach (var o in new Option[] { collection, format, index, threads, storeDocs, keepStopwords, stemmer, strictUtf8 })
        {
            command.Options.Add(o);
        }

        command.SetAction(parseResult => CliRunner.Run("index", () =>
        {
            int threadCount = parseResult.GetValue(threads);
            if (threadCount < 1)
            {
                throw new UsageException($"--threads must be at least 1, found {threadCount}");
            }

            string stem = parseResult.GetValue(stemmer)!.ToLowerInvariant();
            if (stem is not ("porter" or "none"))
            {
                throw new UsageException($"--stemmer: expected porter or none, found '{stem}'");
            }

            string source = parseResult.GetValue(collection)!;
            string formatName = parseResult.GetValue(format)!;
            var settings = new AnalyzerSettings { Name = QueryAnalyzers.AnseriniEnglish, Stem = stem == "porter", RemoveStopwords = !parseResult.GetValue(keepStopwords) };
            var options = new IndexBuildOptions
            {
                AnalyzerFactory = QueryAnalyzers.FactoryFor(settings),
                Analyzer = settings,
                Threads = threadCount,
                StoreDocs = parseResult.GetValue(storeDocs),
                Source = Path.GetFileName(Path.TrimEndingDirectorySeparator(source)),
                SourceFormat = formatName,
            };
            string target = parseResult.GetValue(index)!;
            var passages = IndexCollections.Open(source, formatName, new Quarry.Data.IO.ReadOptions { StrictUtf8 = parseResult.GetValue(strictUtf8) });
            var clock = Stopwatch.StartNew();
            IndexManifest manifest;
            try
            {
                manifest = ConsoleProgress.Run("indexing", 0, advance => IndexBuilder.Build(passages, target, options, n => advance(n)));
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                throw new UsageException(e.Message, e);
            }

            double seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"indexed {manifest.Documents:N0} passages ({manifest.Terms:N0} terms, {manifest.Postings:N0} postings, {manifest.TotalTokens:N0} tokens) in {seconds:F1} s ({manifest.Documents / Math.Max(seconds, 1e-9):N0} passages/s) -> {Path.GetFullPath(target)}");
            if (manifest.SkippedEmpty > 0)
            {
                Console.Error.WriteLine($"quarry index: skipped {manifest.SkippedEmpty:N0} passages with empty text");
            }

            return 0;
        }));
        return command;
    }
}
