using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Beir;

/// <summary>Streams a BEIR `queries.jsonl`: `{"_id", "text", "metadata"?}`.</summary>
public static class BeirQueriesReader
{
    private static readonly string[] Names = ["_id", "text"];

    /// <summary>Streams the queries of <paramref name="path"/>.</summary>
    public static IEnumerable<Query> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, "one JSON object {\"_id\", \"text\"} per line", (line, number, decoder) =>
        {
            var values = new string?[2];
            JsonLine.Read(line, Names, values, path, number, decoder);
            return new Query(JsonLine.Require(values[0], "_id", path, number), JsonLine.Require(values[1], "text", path, number));
        });

    /// <summary>Loads every query of <paramref name="path"/>.</summary>
    public static List<Query> Load(string path, ReadOptions? options = null) => [.. Read(path, options)];
}
