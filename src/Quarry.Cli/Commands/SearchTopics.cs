using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Data.Topics;

namespace Quarry.Cli.Commands;

/// <summary>Loads the queries of `quarry search --topics`: TREC topic files (first character '&lt;') or `qid TAB text` lines.</summary>
internal static class SearchTopics
{
    public static List<Query> Load(string path)
    {
        using (var reader = TextInput.OpenReader(path))
        {
            int c;
            while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
            {
            }

            if (c == '<')
            {
                return TrecTopicsReader.LoadQueries(path);
            }
        }

        return TopicsReader.Load(path);
    }
}
