using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Beir;

/// <summary>Streams a BEIR `corpus.jsonl`: `{"_id", "title", "text", ...}`; other members (metadata) are ignored.</summary>
public static class BeirCorpusReader
{
    private static readonly string[] Names = ["_id", "title", "text"];

    /// <summary>Streams the documents; the title is null when absent or empty.</summary>
    public static IEnumerable<Passage> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, "one JSON object {\"_id\", \"title\", \"text\"} per line", (line, number, decoder) =>
        {
            var values = new string?[3];
            JsonLine.Read(line, Names, values, path, number, decoder);
            string id = JsonLine.Require(values[0], "_id", path, number);
            string text = JsonLine.Require(values[2], "text", path, number);
            return new Passage(id, text, string.IsNullOrEmpty(values[1]) ? null : values[1]);
        });
}
