using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Jsonl;

/// <summary>Streams Pyserini JsonCollection files: one `{"id", "contents", ...}` object per line; other members are ignored.</summary>
public static class JsonlCollectionReader
{
    private static readonly string[] Names = ["id", "contents"];

    /// <summary>Streams the documents of <paramref name="path"/>.</summary>
    public static IEnumerable<Passage> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, "one JSON object {\"id\", \"contents\"} per line", (line, number, decoder) =>
        {
            var values = new string?[2];
            JsonLine.Read(line, Names, values, path, number, decoder);
            return new Passage(JsonLine.Require(values[0], "id", path, number), JsonLine.Require(values[1], "contents", path, number));
        });
}
