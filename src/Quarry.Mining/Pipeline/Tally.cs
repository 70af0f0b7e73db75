using Quarry.Mining.Labels;
using Quarry.Mining.Report;

namespace Quarry.Mining.Pipeline;

/// <summary>Counts one query's filter drops and, when the query is audited, judges the candidates in play at each stage.</summary>
internal sealed class Tally(MiningReport report, JudgmentIndex? audit, string queryId)
{
    public void Count(CandidateDrop drop) => report.CandidateDrops[(int)drop]++;

    public List<T> Remove<T>(List<T> live, CandidateDrop drop, Func<T, bool> removed)
    {
        var kept = new List<T>(live.Count);
        foreach (var item in live)
        {
            if (removed(item))
            {
                Count(drop);
            }
            else
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    public void Snapshot(AuditStage stage, IReadOnlyList<MinedPassage> live)
    {
        if (audit is null)
        {
            return;
        }

        var counts = report.Stage(stage);
        foreach (var c in live)
        {
            counts.Add(audit.GradeOf(queryId, c.Id));
        }
    }
}
