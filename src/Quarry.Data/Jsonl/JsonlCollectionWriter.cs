using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Jsonl;

/// <summary>Writes Pyserini JsonCollection files (`{"id", "contents"}` per line) atomically; a title is prepended to the contents.</summary>
public static class JsonlCollectionWriter
{
    /// <summary>Writes the documents and returns how many.</summary>
    public static long Write(string path, IEnumerable<Passage> documents) =>
        JsonLineWriter.WriteAll(path, documents, d => [("id", d.Id), ("contents", string.IsNullOrEmpty(d.Title) ? d.Text : d.Title + " " + d.Text)]);
}
