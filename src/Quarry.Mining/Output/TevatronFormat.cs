using System.Text;
using System.Text.Json;
using Quarry.Mining.Pipeline;

namespace Quarry.Mining.Output;

/// <summary>
/// Tevatron's training JSON lines: <c>{"query_id", "query", "positive_passages": [{"docid", "title", "text"}],
/// "negative_passages": [...]}</c>; MS MARCO passages have no title, so it is "".
/// </summary>
public sealed class TevatronFormat : ITrainingFormat
{
    public string Name => "tevatron";

    public bool NeedsText => true;

    public bool NeedsFullTuple => false;

    public int Append(MinedQuery query, StringBuilder into)
    {
        JsonLine.Append(into, w =>
        {
            w.WriteString("query_id", query.QueryId);
            w.WriteString("query", query.QueryText);
            WritePassages(w, "positive_passages", query.Positives);
            WritePassages(w, "negative_passages", query.Negatives);
        });
        return 1;
    }

    private static void WritePassages(Utf8JsonWriter w, string name, IReadOnlyList<MinedPassage> passages)
    {
        w.WriteStartArray(name);
        foreach (var p in passages)
        {
            w.WriteStartObject();
            w.WriteString("docid", p.Id);
            w.WriteString("title", "");
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
