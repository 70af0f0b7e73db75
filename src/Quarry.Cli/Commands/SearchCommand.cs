using System.CommandLine;
using System.Diagnostics;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Lexical.Search;

namespace Quarry.Cli.Commands;

/// <summary>`quarry search`: Search topics with BM25 (or a dense index with --dense) and write a run.</summary>
public static class SearchCommand
{
    /// <summary>Queries searched per batch: bounds the hits held in memory before they are written.</summary>
    private const int Chunk = 1024;

    public static Command Create()
    {
        var command = new Command("search", "Search topics with BM25 (or a dense index with --dense) and write a run.");
        DenseSearch.AddOptions(command);
        var options = new SearchOptionSet();
        options.AddTo(command);
        command.SetAction(parseResult => parseResult.GetValue(options.Dense)
            ? DenseSearch.Run(parseResult)
            : CliRunner.Run("search", () => Execute(options.Read(parseResult))));
        return command;
    }

    private static int Execute(SearchRequest request)
    {
        using var index = IndexOpening.Open(request.Index);
        if (request.Rm3 is not null && index.DocStore is null)
        {
            throw new UsageException($"--rm3 needs the document texts: rebuild {request.Index} with --store-docs");
        }

        var queries = SearchTopics.Load(request.Topics);
        Bm25Searcher searcher;
        try
        {
            searcher = new Bm25Searcher(index, request.Bm25) { Algorithm = request.Algorithm, Rm3 = request.Rm3 };
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message, e);
        }

        var clock = Stopwatch.StartNew();
        long hitCount = 0;
        using (var output = new AtomicFileWriter(request.Output))
        {
            ConsoleProgress.Run("searching", queries.Count, advance =>
            {
                for (int start = 0; start < queries.Count; start += Chunk)
                {
                    var batch = queries.GetRange(start, Math.Min(Chunk, queries.Count - start));
                    var results = searcher.BatchSearch(batch, request.Hits, request.Threads, advance);
                    for (int i = 0; i < batch.Count; i++)
                    {
                        SearchRunOutput.Write(output.Writer, batch[i].Id, results[i], request.Format, request.Tag);
                        hitCount += results[i].Length;
                    }
                }

                return 0;
            });
            output.Commit();
        }

        double seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"quarry search: {queries.Count:N0} queries, {hitCount:N0} hits in {seconds:F2} s ({queries.Count / Math.Max(seconds, 1e-9):N1} queries/s, {request.Threads} thread{(request.Threads == 1 ? "" : "s")}, {request.Algorithm}{(request.Rm3 is null ? "" : " + RM3")}) -> {request.Output}");
        return 0;
    }
}
