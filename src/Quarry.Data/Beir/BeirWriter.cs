using Quarry.Data.IO;
using Quarry.Data.Records;

namespace Quarry.Data.Beir;

/// <summary>Writes BEIR files atomically: `corpus.jsonl`, `queries.jsonl` and `qrels/{split}.tsv` (with its header).</summary>
public static class BeirWriter
{
    /// <summary>Writes a corpus (`_id`, `title`, `text`; a null title is written as "") and returns how many documents.</summary>
    public static long WriteCorpus(string path, IEnumerable<Passage> documents) =>
        JsonLineWriter.WriteAll(path, documents, d => [("_id", d.Id), ("title", d.Title ?? ""), ("text", d.Text)]);

    /// <summary>Writes queries (`_id`, `text`) and returns how many.</summary>
    public static long WriteQueries(string path, IEnumerable<Query> queries) =>
        JsonLineWriter.WriteAll(path, queries, q => [("_id", q.Id), ("text", q.Text)]);

    /// <summary>Writes a qrels split with the `query-id<TAB>corpus-id<TAB>score` header and returns how many judgments.</summary>
    public static long WriteQrels(string path, IEnumerable<Qrel> qrels)
    {
        using var output = new AtomicFileWriter(path);
        output.Writer.Write("query-id\tcorpus-id\tscore\n");
        long count = 0;
        foreach (var q in qrels)
        {
            output.Writer.Write($"{TsvOutput.Field(q.QueryId, "query id", q.QueryId)}\t{TsvOutput.Field(q.DocId, "corpus id", q.QueryId)}\t{q.Relevance}\n");
            count++;
        }

        output.Commit();
        return count;
    }
}
