using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Training;

/// <summary>Writes text training triples (`query<TAB>positive<TAB>negative`) atomically.</summary>
public static class TriplesWriter
{
    /// <summary>Writes the triples and returns how many.</summary>
    public static long Write(string path, IEnumerable<Triple> triples)
    {
        long n = 0;
        return OutputFiles.WriteAll(path, triples, (writer, t) =>
        {
            string key = "triple " + (++n);
            writer.Write(TsvOutput.Field(t.Query, "query", key));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(t.Positive, "positive", key));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(t.Negative, "negative", key));
            writer.Write('\n');
        });
    }
}
