using System.Text;
using System.Text.Json;
using Quarry.Mining.Report;

namespace Quarry.Cli.Commands;

/// <summary>The `--report-json` document: the same counts as the text report, keyed for scripts.</summary>
internal static class MineReportJson
{
    public static string Render(MiningReport r, MineRequest request)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", request.Format.Name);
            w.WriteNumber("skip", request.Options.Skip);
            w.WriteNumber("depth", request.Options.Depth);
            w.WriteNumber("negatives_per_query", request.Options.Negatives);
            w.WriteString("shard", $"{request.Options.Shard.Index}/{request.Options.Shard.Count}");
            w.WriteNumber("queries_processed", r.QueriesProcessed);
            w.WriteNumber("queries_emitted", r.QueriesEmitted);
            WriteCounts(w, "queries_dropped", Enum.GetValues<QueryDrop>(), r.QueryDrops);
            w.WriteNumber("candidates_in_window", r.CandidatesInWindow);
            WriteCounts(w, "candidates_dropped", Enum.GetValues<CandidateDrop>(), r.CandidateDrops);
            w.WriteNumber("survivors_not_sampled", r.NotSampled);
            w.WriteNumber("negatives_emitted", r.NegativesEmitted);
            w.WriteNumber("lines_written", r.OutputLines);
            w.WriteStartArray("negatives_histogram");
            foreach (long n in r.NegativesHistogram)
            {
                w.WriteNumberValue(n);
            }

            w.WriteEndArray();
            w.WriteNumber("labelled_queries_missing_from_queries", r.LabelledQueriesMissingFromQueries);
            if (r.LabelledQueriesWithoutCandidates is { } without)
            {
                w.WriteNumber("labelled_queries_without_candidates", without);
            }

            w.WriteNumber("positives_missing_from_passages", r.PositivesMissingText);
            w.WriteNumber("repeated_candidate_lines", r.RepeatedCandidateLines);
            if (request.AuditQrels is not null)
            {
                WriteAudit(w, r, request);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteAudit(Utf8JsonWriter w, MiningReport r, MineRequest request)
    {
        w.WriteStartObject("audit");
        w.WriteNumber("queries_audited", r.AuditedQueries);
        w.WriteStartArray("stages");
        foreach (var stage in Enum.GetValues<AuditStage>())
        {
            if (!MineReportNames.IsActive(stage, request.Options))
            {
                continue;
            }

            var s = r.Stage(stage);
            w.WriteStartObject();
            w.WriteString("stage", MineReportNames.Key(stage));
            w.WriteNumber("candidates", s.Total);
            w.WriteNumber("judged", s.Judged);
            w.WriteNumber("relevant", s.Relevant());
            w.WriteNumber("fn_rate_percent", Math.Round(s.RatePercent(), 4));
            w.WriteNumber("fn_rate_grade2_percent", Math.Round(s.RatePercent(2), 4));
            w.WriteStartObject("by_grade");
            foreach (var (g, c) in s.ByGrade)
            {
                w.WriteNumber(g.ToString(System.Globalization.CultureInfo.InvariantCulture), c);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts<T>(Utf8JsonWriter w, string name, T[] keys, long[] counts) where T : struct, Enum
    {
        w.WriteStartObject(name);
        for (int i = 0; i < keys.Length; i++)
        {
            w.WriteNumber(MineReportNames.Key(keys[i]), counts[i]);
        }

        w.WriteEndObject();
    }
}
