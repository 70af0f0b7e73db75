using System.CommandLine;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>
/// The `--dense` half of `quarry search`: its own options and handler, kept apart from BM25 search.
/// SearchCommand adds <see cref="AddOptions"/> to the verb and calls <see cref="Run"/> when --dense is given.
/// </summary>
public static class DenseSearch
{
    /// <summary>Adds the dense-only options (--model, --vectors, ...) to the search verb.</summary>
    public static void AddOptions(Command search)
    {
        ArgumentNullException.ThrowIfNull(search);
        new DenseOptionSet().AddTo(search);
    }

    /// <summary>Runs a dense search; shared options (--topics, --output, --hits, --threads, --format) are read by name.</summary>
    public static int Run(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CliRunner.Run("search", () => Execute(DenseOptionSet.Read(result)));
    }

    private static int Execute(DenseRequest request)
    {
        using var vectors = VectorFile.Open(request.VectorsPath);
        using var fullPrecision = request.RescorePath is null ? null : VectorFile.Open(request.RescorePath);
        var queries = DenseQueries.Load(request, vectors.Dim);
        var searcher = DenseSearcherFactory.Create(request, vectors, fullPrecision);
        int chunk = Math.Max(64, request.Threads * 64);
        using var output = new AtomicFileWriter(request.OutputPath);
        ConsoleProgress.Run("searching", queries.Count, advance =>
        {
            for (int start = 0; start < queries.Count; start += chunk)
            {
                int n = Math.Min(chunk, queries.Count - start);
                var batch = new float[n][];
                for (int i = 0; i < n; i++)
                {
                    batch[i] = queries.Vectors[start + i];
                }

                var hits = searcher.BatchSearch(batch, request.Hits, request.Threads);
                for (int i = 0; i < n; i++)
                {
                    for (int r = 0; r < hits[i].Length; r++)
                    {
                        FusedRunWriter.WriteLine(output.Writer, queries.Ids[start + i], vectors.Id(hits[i][r].Index), r + 1, hits[i][r].Score, request.Format, request.Tag);
                    }
                }

                advance(n);
            }

            return 0;
        });
        output.Commit();
        Console.Error.WriteLine($"quarry search: {queries.Count} queries, {vectors.Count} vectors ({vectors.DType}, dim {vectors.Dim}), {request.Index} index -> {request.OutputPath}");
        return 0;
    }
}
