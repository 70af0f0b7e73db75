using System.Text;
using Quarry.Mining.Pipeline;

namespace Quarry.Mining.Output;

/// <summary>FlagEmbedding's fine-tuning JSON lines: one per query, <c>{"query": str, "pos": [str...], "neg": [str...]}</c>.</summary>
public sealed class FlagEmbeddingFormat : ITrainingFormat
{
    public string Name => "flagembedding";

    public bool NeedsText => true;

    public bool NeedsFullTuple => false;

    public int Append(MinedQuery query, StringBuilder into)
    {
        JsonLine.Append(into, w =>
        {
            w.WriteString("query", query.QueryText);
            w.WriteStartArray("pos");
            foreach (var p in query.Positives)
            {
                w.WriteStringValue(p.Text);
            }

            w.WriteEndArray();
            w.WriteStartArray("neg");
            foreach (var n in query.Negatives)
            {
                w.WriteStringValue(n.Text);
            }

            w.WriteEndArray();
        });
        return 1;
    }
}
