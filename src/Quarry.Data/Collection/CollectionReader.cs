using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Collection;

/// <summary>Streams `pid<TAB>passage` collections (MS MARCO collection.tsv); memory is one line at a time.</summary>
public static class CollectionReader
{
    public static IEnumerable<Passage> Read(string path)
    {
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InputFormatException(path, number, "expected 'pid<TAB>passage'");
            }

            yield return new Passage(line[..tab], line[(tab + 1)..]);
        }
    }
}
