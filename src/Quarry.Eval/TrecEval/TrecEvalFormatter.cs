using System.Globalization;
using System.Text.Json;

namespace Quarry.Eval.TrecEval;

/// <summary>Writes an evaluation exactly as trec_eval 9.0.8 prints it, or as JSON for scripts.</summary>
public static class TrecEvalFormatter
{
    /// <summary>trec_eval's text: <c>%-22s\t%s\t%6.4f</c> lines (longs as %ld), per query first with -q, then "all".</summary>
    public static void WriteText(TextWriter writer, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var measures = result.Selection.Measures;
        if (result.Options.PerQuery)
        {
            foreach (var q in result.Queries)
            {
                foreach (var m in measures)
                {
                    if (!m.Def.PrintsPerQuery)
                    {
                        continue;
                    }

                    if (m.Def.Kind == ValueKind.Text)
                    {
                        Line(writer, m.Names[0], q.QueryId, "'" + q.Text + "'");
                        continue;
                    }

                    for (int i = 0; i < m.Names.Length; i++)
                    {
                        Line(writer, m.Names[i], q.QueryId, Value(m.Def.Kind, q.Values[m.Offset + i]));
                    }
                }
            }
        }

        if (result.Options.NoSummary)
        {
            return;
        }

        foreach (var m in measures)
        {
            switch (m.Def.Kind)
            {
                case ValueKind.RunId:
                    Line(writer, "runid", "all", result.RunId);
                    break;
                case ValueKind.Text:
                    break;
                default:
                    for (int i = 0; i < m.Names.Length; i++)
                    {
                        Line(writer, m.Names[i], "all", Value(m.Def.Kind, result.Summary[m.Offset + i]));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// JSON: <c>{"run_id", "num_q", "measures": [names], "summary": {name: value}, "per_query": {qid: {name: value}}}</c>;
    /// values at full precision, counts as integers, per_query only with -q, summary omitted with -n.
    /// </summary>
    public static void WriteJson(Stream stream, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var measures = result.Selection.Measures;
        json.WriteStartObject();
        json.WriteString("run_id", result.RunId);
        json.WriteNumber("num_q", result.SummaryQueryCount);
        json.WriteStartArray("measures");
        foreach (var m in measures.Where(m => m.Def.Kind is ValueKind.Float or ValueKind.Long))
        {
            foreach (string name in m.Names)
            {
                json.WriteStringValue(name);
            }
        }

        json.WriteEndArray();
        if (!result.Options.NoSummary)
        {
            json.WriteStartObject("summary");
            WriteValues(json, measures, result.Summary, perQuery: false);
            json.WriteEndObject();
        }

        if (result.Options.PerQuery)
        {
            json.WriteStartObject("per_query");
            foreach (var q in result.Queries)
            {
                json.WriteStartObject(q.QueryId);
                WriteValues(json, measures, q.Values, perQuery: true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter json, IReadOnlyList<BoundMeasure> measures, IReadOnlyList<double> values, bool perQuery)
    {
        foreach (var m in measures)
        {
            if (m.Def.Kind is ValueKind.Text or ValueKind.RunId || (perQuery && !m.Def.PrintsPerQuery))
            {
                continue;
            }

            for (int i = 0; i < m.Names.Length; i++)
            {
                double v = values[m.Offset + i];
                if (m.Def.Kind == ValueKind.Long)
                {
                    json.WriteNumber(m.Names[i], (long)v);
                }
                else if (double.IsFinite(v))
                {
                    json.WriteNumber(m.Names[i], v);
                }
                else
                {
                    json.WriteNull(m.Names[i]);
                }
            }
        }
    }

    private static string Value(ValueKind kind, double v) =>
        kind == ValueKind.Long ? ((long)v).ToString(CultureInfo.InvariantCulture) : CLib.FormatFixed(v, 4).PadLeft(6); // %6.4f: "  -nan"

    private static void Line(TextWriter w, string name, string qid, string value)
    {
        w.Write(name.PadRight(22));
        w.Write('\t');
        w.Write(qid);
        w.Write('\t');
        w.Write(value);
        w.Write('\n');
    }
}
