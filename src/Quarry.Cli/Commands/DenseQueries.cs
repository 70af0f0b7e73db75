using System.Globalization;
using Quarry.Cli.Hosting;
using Quarry.Data.IO;
using Quarry.Data.Topics;
using Quarry.Neural.Models;
using Quarry.Neural.Vectors;

namespace Quarry.Cli.Commands;

/// <summary>The query ids and vectors of a dense search: encoded from --topics with --model, or read from --query-vectors.</summary>
internal sealed record DenseQueries(IReadOnlyList<string> Ids, IReadOnlyList<float[]> Vectors)
{
    public int Count => Ids.Count;

    public static DenseQueries Load(DenseRequest request, int dim)
    {
        var queries = request.QueryVectorsPath is { } path ? FromVectorFile(path, request.TopicsPath) : Encode(request);
        if (queries.Count > 0 && queries.Vectors[0].Length != dim)
        {
            string source = request.QueryVectorsPath ?? request.ModelPath ?? "";
            throw new InputFormatException(source, 0, $"queries have dim {queries.Vectors[0].Length} but {Path.GetFileName(request.VectorsPath)} has dim {dim}");
        }

        return queries;
    }

    /// <summary>Every vector of the file in its order, or with --topics the topics' order (each topic must have a vector).</summary>
    private static DenseQueries FromVectorFile(string path, string? topicsPath)
    {
        using var file = VectorFile.Open(path);
        var byId = new Dictionary<string, int>(file.Count, StringComparer.Ordinal);
        var ids = new List<string>(file.Count);
        for (int i = 0; i < file.Count; i++)
        {
            string id = file.Id(i);
            if (!byId.TryAdd(id, i))
            {
                throw new InputFormatException(path, 0, $"query id '{id}' appears twice (vectors {byId[id]} and {i})");
            }

            ids.Add(id);
        }

        if (topicsPath is not null)
        {
            ids = [.. TopicsReader.Read(topicsPath).Select(q => q.Id)];
        }

        var vectors = new List<float[]>(ids.Count);
        foreach (string id in ids)
        {
            if (!byId.TryGetValue(id, out int i))
            {
                throw new InputFormatException(path, 0, $"no vector for query '{id}' of {Path.GetFileName(topicsPath)}");
            }

            var v = new float[file.Dim];
            file.GetVector(i, v);
            vectors.Add(v);
        }

        return new DenseQueries(ids, vectors);
    }

    private static DenseQueries Encode(DenseRequest request)
    {
        var topics = TopicsReader.Load(request.TopicsPath!);
        var options = new BiEncoderOptions { QueryPrefix = request.QueryPrefix, MaxLength = request.MaxLength, BatchSize = request.BatchSize };
        using var encoder = BiEncoder.Load(request.ModelPath!, options);
        var vectors = new List<float[]>(topics.Count);
        int chunk = Math.Max(request.BatchSize, 256);
        ConsoleProgress.Run("encoding queries", topics.Count, advance =>
        {
            for (int start = 0; start < topics.Count; start += chunk)
            {
                var texts = topics.Skip(start).Take(chunk).Select(q => q.Text).ToList();
                vectors.AddRange(encoder.Encode(texts, isQuery: true));
                advance(texts.Count);
            }

            return 0;
        });
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quarry search: encoded {topics.Count} queries with {Path.GetFileName(Path.TrimEndingDirectorySeparator(request.ModelPath!))} (dim {encoder.Dimension})"));
        return new DenseQueries([.. topics.Select(q => q.Id)], vectors);
    }
}
