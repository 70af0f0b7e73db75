using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Collection;

/// <summary>Writes `pid<TAB>passage` collections atomically (gzip when the path ends in .gz); a title, if any, is dropped.</summary>
public static class CollectionWriter
{
    /// <summary>Writes the passages and returns how many; a text with a tab or line break is an <see cref="InvalidDataException"/>.</summary>
    public static long Write(string path, IEnumerable<Passage> passages) =>
        OutputFiles.WriteAll(path, passages, (writer, p) =>
        {
            writer.Write(TsvOutput.Field(p.Id, "id", p.Id));
            writer.Write('\t');
            writer.Write(TsvOutput.Field(p.Text, "text", p.Id));
            writer.Write('\n');
        });
}
