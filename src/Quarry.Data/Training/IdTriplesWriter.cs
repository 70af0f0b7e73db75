using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Writes id training triples (`qid<TAB>pos_pid<TAB>neg_pid`) atomically.</summary>
public static class IdTriplesWriter
{
    /// <summary>Writes the triples and returns how many.</summary>
    public static long Write(string path, IEnumerable<IdTriple> triples) =>
        OutputFiles.WriteAll(path, triples, (writer, t) =>
        {
            writer.Write(TsvOutput.Field(t.QueryId, "query id", t.QueryId));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(t.PositiveId, "positive id", t.QueryId));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(t.NegativeId, "negative id", t.QueryId));
            writer.Write('\n');
        });
}
