using System.Globalization;
using System.Text;
using Quarry.Mining.Pipeline;

namespace Quarry.Mining.Output;

/// <summary>
/// sentence-transformers' "n-tuple" dataset as JSON lines (load with <c>datasets.load_dataset("json", ...)</c>):
/// one row per positive, columns <c>query</c>, <c>positive</c>, <c>negative_1</c> .. <c>negative_K</c>.
/// As in <c>mine_hard_negatives(output_format="n-tuple")</c>, a query with fewer than K negatives gets no row.
/// </summary>
public sealed class SentenceTransformersFormat : ITrainingFormat
{
    public string Name => "sentence-transformers";

    public bool NeedsText => true;

    public bool NeedsFullTuple => true;

    public int Append(MinedQuery query, StringBuilder into)
    {
        foreach (var pos in query.Positives)
        {
            JsonLine.Append(into, w =>
            {
                w.WriteString("query", query.QueryText);
                w.WriteString("positive", pos.Text);
                for (int i = 0; i < query.Negatives.Count; i++)
                {
                    w.WriteString("negative_" + (i + 1).ToString(CultureInfo.InvariantCulture), query.Negatives[i].Text);
                }
            });
        }

        return query.Positives.Count;
    }
}
