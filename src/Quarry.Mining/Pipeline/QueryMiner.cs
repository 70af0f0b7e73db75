using Quarry.Mining.Candidates;
using Quarry.Mining.Filters;
using Quarry.Mining.Output;
using Quarry.Mining.Report;
using Quarry.Mining.Sampling;

namespace Quarry.Mining.Pipeline;

/// <summary>
/// Mines one query: window -> positive filter -> missing passages -> duplicates of a positive -> cross-encoder
/// (absolute margin, relative margin, max score, in sentence-transformers' order) -> bi-encoder similarity -> sampling.
/// Stateless apart from its inputs, so queries run on any thread in any order.
/// </summary>
public sealed partial class QueryMiner
{
    private readonly MiningInputs _inputs;
    private readonly MiningOptions _options;
    private readonly ITrainingFormat _format;

    public QueryMiner(MiningInputs inputs, MiningOptions options, ITrainingFormat format)
    {
        _inputs = inputs;
        _options = options;
        _format = format;
    }

    /// <summary>Mines one candidate list, counting into <paramref name="report"/>; null when the query yields nothing.</summary>
    public MinedQuery? Mine(CandidateList list, MiningReport report)
    {
        report.QueriesProcessed++;
        report.RepeatedCandidateLines += list.RepeatedDocs;
        string qid = list.QueryId;
        if (!_inputs.Queries.TryGetValue(qid, out var queryText))
        {
            return Drop(report, QueryDrop.QueryTextMissing);
        }

        var labels = _inputs.Labels[qid];
        if (labels.Count == 0)
        {
            return Drop(report, QueryDrop.NoPositive);
        }

        var positives = PositiveSelection.Select(labels, _inputs.Passages, _options.PositivesPerQuery);
        var withText = positives.FindAll(p => p.Text is not null);
        report.PositivesMissingText += positives.Count - withText.Count;
        bool needPositiveText = _format.NeedsText || _options.UsesCrossEncoder || _options.MaxSimilarity is not null;
        if (needPositiveText && withText.Count == 0)
        {
            return Drop(report, QueryDrop.PositiveTextMissing);
        }

        if (list.DocIds.Count < _options.Skip + 1)
        {
            return Drop(report, QueryDrop.ShortCandidateList);
        }

        var live = Window(list);
        report.CandidatesInWindow += live.Count;
        var audit = _inputs.AuditQrels is { } a && a.Contains(qid) ? a : null;
        if (audit is not null)
        {
            report.AuditedQueries++;
        }

        var tally = new Tally(report, audit, qid);
        tally.Snapshot(AuditStage.Window, live);
        var positiveIds = new HashSet<string>(positives.Select(p => p.Id), StringComparer.Ordinal);
        live = tally.Remove(live, CandidateDrop.Positive, c => positiveIds.Contains(c.Id));
        tally.Snapshot(AuditStage.AfterPositive, live);
        live = tally.Remove(live, CandidateDrop.MissingPassage, c => c.Text is null);
        tally.Snapshot(AuditStage.AfterMissingPassage, live);
        live = RemoveDuplicates(live, withText, tally);
        tally.Snapshot(AuditStage.AfterDuplicates, live);
        live = ApplyCrossEncoder(queryText, live, withText, tally);
        live = ApplySimilarity(live, withText, tally);
        tally.Snapshot(AuditStage.AfterSimilarity, live);

        var picks = NegativeSampler.Pick(live.Count, _options.Negatives, _options.Sampling, new QueryRandom(_options.Seed, qid));
        report.NotSampled += live.Count - picks.Length;
        var negatives = new List<MinedPassage>(picks.Length);
        foreach (int p in picks)
        {
            negatives.Add(live[p]);
        }

        if (negatives.Count > 0 && _format.NeedsFullTuple && negatives.Count < _options.Negatives)
        {
            negatives.Clear();
            report.QueryDrops[(int)QueryDrop.FewerThanKNegatives]++;
        }
        else if (negatives.Count == 0)
        {
            report.QueryDrops[(int)QueryDrop.NoCandidatesLeft]++;
        }

        tally.Snapshot(AuditStage.Emitted, negatives);
        report.NegativesHistogram[negatives.Count]++;
        if (negatives.Count == 0)
        {
            return null;
        }

        report.NegativesEmitted += negatives.Count;
        report.QueriesEmitted++;
        return new MinedQuery(qid, queryText, _format.NeedsText ? withText : positives, negatives);
    }

    private List<MinedPassage> Window(CandidateList list)
    {
        int end = Math.Min(list.DocIds.Count, Math.Max(_options.Depth, 0));
        var window = new List<MinedPassage>(Math.Max(0, end - _options.Skip));
        for (int i = _options.Skip; i < end; i++)
        {
            string id = list.DocIds[i];
            window.Add(new MinedPassage(id, _inputs.Passages.TryGet(id, out var text) ? text : null));
        }

        return window;
    }

    private static MinedQuery? Drop(MiningReport report, QueryDrop reason)
    {
        report.QueryDrops[(int)reason]++;
        return null;
    }
}
