using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Collection;

/// <summary>Streams `pid<TAB>passage` collections (MS MARCO collection.tsv); memory is one line at a time.</summary>
public static class CollectionReader
{
    /// <summary>Streams the passages of <paramref name="path"/> (plain or gzip); a passage text may be empty.</summary>
    public static IEnumerable<Passage> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, "'pid<TAB>passage' lines", (line, number, decoder) =>
        {
            int tab = line.IndexOf((byte)'\t');
            if (tab < 0)
            {
                throw new InputFormatException(path, number, "expected 'pid<TAB>passage', found no tab");
            }

            string id = TsvFields.Id(line[..tab], path, number, "passage id before the tab");
            return new Passage(id, decoder.Decode(line[(tab + 1)..], number));
        });
}
