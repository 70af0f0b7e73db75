using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Topics;

/// <summary>Writes `qid<TAB>text` query files atomically.</summary>
public static class TopicsWriter
{
    /// <summary>Writes the queries and returns how many.</summary>
    public static long Write(string path, IEnumerable<Query> queries) =>
        OutputFiles.WriteAll(path, queries, (writer, q) =>
        {
            writer.Write(TsvOutput.Field(q.Id, "id", q.Id));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(q.Text, "text", q.Id));
            writer.Write('\n');
        });
}
