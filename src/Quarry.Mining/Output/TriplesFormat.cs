using System.Text;
using Quarry.Mining.Pipeline;

namespace Quarry.Mining.Output;

/// <summary>
/// One triple per line, every positive paired with every negative (positives in label order, negatives in rank order).
/// Ids: `qid<TAB>pos_pid<TAB>neg_pid` as qidpidtriples.train.full.tsv. Text: `query<TAB>positive<TAB>negative`
/// as triples.train.small.tsv; tabs and line breaks inside a text become spaces so the columns stay intact.
/// </summary>
public sealed class TriplesFormat(bool text) : ITrainingFormat
{
    public string Name => text ? "triples-text" : "triples-ids";

    public bool NeedsText => text;

    public bool NeedsFullTuple => false;

    public int Append(MinedQuery query, StringBuilder into)
    {
        int lines = 0;
        foreach (var pos in query.Positives)
        {
            foreach (var neg in query.Negatives)
            {
                if (text)
                {
                    AppendField(into, query.QueryText).Append('\t');
                    AppendField(into, pos.Text!).Append('\t');
                    AppendField(into, neg.Text!).Append('\n');
                }
                else
                {
                    into.Append(query.QueryId).Append('\t').Append(pos.Id).Append('\t').Append(neg.Id).Append('\n');
                }

                lines++;
            }
        }

        return lines;
    }

    private static StringBuilder AppendField(StringBuilder into, string value)
    {
        foreach (char c in value)
        {
            into.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }

        return into;
    }
}
