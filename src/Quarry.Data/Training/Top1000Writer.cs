using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Writes MS MARCO `top1000` candidate files (`qid<TAB>pid<TAB>query<TAB>passage`) atomically.</summary>
public static class Top1000Writer
{
    /// <summary>Writes the entries and returns how many.</summary>
    public static long Write(string path, IEnumerable<Top1000Entry> entries) =>
        OutputFiles.WriteAll(path, entries, (writer, e) =>
        {
            string key = e.QueryId + "/" + e.PassageId;
            writer.Write(TsvOutput.Field(e.QueryId, "query id", key));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(e.PassageId, "passage id", key));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(e.Query, "query", key));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(e.Passage, "passage", key));
            writer.Write('\n');
        });
}
