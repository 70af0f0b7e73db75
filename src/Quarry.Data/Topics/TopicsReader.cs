using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Topics;

/// <summary>Reads `qid<TAB>text` query files (MS MARCO queries, Anserini TSV topics). The text is kept as given.</summary>
public static class TopicsReader
{
    public static IEnumerable<Query> Read(string path)
    {
        bool any = false;
        foreach (var (number, line) in TextInput.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InputFormatException(path, number, "expected 'qid<TAB>text'");
            }

            any = true;
            yield return new Query(line[..tab], line[(tab + 1)..]);
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, "the topics file is empty");
        }
    }

    public static List<Query> Load(string path) => [.. Read(path)];
}
