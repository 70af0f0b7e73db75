using System.Globalization;
using System.Text;
using Quarry.Mining.Report;

namespace Quarry.Cli.Commands;

/// <summary>The end-of-run report of `quarry mine` for people: counts, drops by reason and filter, histogram, audit.</summary>
internal static class MineReportText
{
    public static string Render(MiningReport r, MineRequest request)
    {
        var sb = new StringBuilder();
        var o = request.Options;
        Line(sb, "queries processed", r.QueriesProcessed);
        Line(sb, "queries with training data", r.QueriesEmitted);
        Line(sb, "queries dropped", r.QueryDrops.Sum());
        foreach (var drop in Enum.GetValues<QueryDrop>())
        {
            Line(sb, "  " + MineReportNames.Of(drop, o), r.QueryDrops[(int)drop]);
        }

        Line(sb, "candidates in window", r.CandidatesInWindow);
        sb.Append("dropped by filter\n");
        foreach (var drop in Enum.GetValues<CandidateDrop>())
        {
            if (MineReportNames.IsActive(drop, o))
            {
                Line(sb, "  " + MineReportNames.Of(drop), r.CandidateDrops[(int)drop]);
            }
        }

        Line(sb, "  survivors not sampled", r.NotSampled);
        Line(sb, "negatives written", r.NegativesEmitted);
        Line(sb, "lines written", r.OutputLines);
        sb.Append("negatives per query (queries)\n");
        for (int n = 0; n < r.NegativesHistogram.Length; n++)
        {
            Line(sb, "  " + n.ToString(CultureInfo.InvariantCulture), r.NegativesHistogram[n]);
        }

        sb.Append("bad input (counted, not fatal)\n");
        Line(sb, "  labelled queries missing from queries file", r.LabelledQueriesMissingFromQueries);
        if (r.LabelledQueriesWithoutCandidates is { } without)
        {
            Line(sb, "  labelled queries without candidates", without);
        }

        Line(sb, "  labelled positives missing from passages", r.PositivesMissingText);
        Line(sb, "  repeated candidate lines ignored", r.RepeatedCandidateLines);
        if (request.AuditQrels is not null)
        {
            AppendAudit(sb, r, request);
        }

        return sb.ToString();
    }

    private static void AppendAudit(StringBuilder sb, MiningReport r, MineRequest request)
    {
        var grades = r.Stages.SelectMany(s => s.ByGrade.Keys).Where(g => g >= 1).Distinct().Order().ToList();
        sb.Append(CultureInfo.InvariantCulture, $"false-negative audit against {Path.GetFileName(request.AuditQrels)} ({r.AuditedQueries} queries audited)\n");
        sb.Append(CultureInfo.InvariantCulture, $"  {"stage",-24} {"candidates",10} {"judged",8} {"FN rate",8}");
        foreach (int g in grades)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {"grade " + g,8}");
        }

        sb.Append('\n');
        foreach (var stage in Enum.GetValues<AuditStage>())
        {
            if (!MineReportNames.IsActive(stage, request.Options))
            {
                continue;
            }

            var s = r.Stage(stage);
            sb.Append(CultureInfo.InvariantCulture, $"  {MineReportNames.Of(stage),-24} {s.Total,10} {s.Judged,8} {Percent(s.Relevant(), s.Total),8}");
            foreach (int g in grades)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {Percent(s.ByGrade.GetValueOrDefault(g), s.Total),8}");
            }

            sb.Append('\n');
        }

        var emitted = r.Stage(AuditStage.Emitted);
        sb.Append(CultureInfo.InvariantCulture,
            $"false-negative rate of mined negatives: {Percent(emitted.Relevant(), emitted.Total)} judged relevant (grade >= 1), {Percent(emitted.Relevant(2), emitted.Total)} at grade >= 2\n");
    }

    internal static string Percent(long part, long total) =>
        (total == 0 ? 0 : 100.0 * part / total).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static void Line(StringBuilder sb, string label, long value) =>
        sb.Append(CultureInfo.InvariantCulture, $"{label,-46} {value,10}\n");
}
