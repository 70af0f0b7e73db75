using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Topics;

/// <summary>Reads `qid<TAB>text` query files (MS MARCO queries, TREC DL topics as Anserini ships them). The text is kept as given, leading space included.</summary>
public static class TopicsReader
{
    /// <summary>Streams the queries of <paramref name="path"/>.</summary>
    public static IEnumerable<Query> Read(string path, ReadOptions? options = null) =>
        LineRecords.Read(path, options, "'qid<TAB>text' lines", (line, number, decoder) =>
        {
            int tab = line.IndexOf((byte)'\t');
            if (tab < 0)
            {
                throw new InputFormatException(path, number, "expected 'qid<TAB>text', found no tab");
            }

            string id = TsvFields.Id(line[..tab], path, number, "query id before the tab");
            return new Query(id, decoder.Decode(line[(tab + 1)..], number));
        });

    /// <summary>Loads every query of <paramref name="path"/>.</summary>
    public static List<Query> Load(string path, ReadOptions? options = null) => [.. Read(path, options)];
}
