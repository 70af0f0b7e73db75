using Quarry.Mining.Filters;
using Quarry.Mining.Report;

namespace Quarry.Mining.Pipeline;

public sealed partial class QueryMiner
{
    private List<MinedPassage> RemoveDuplicates(List<MinedPassage> live, List<MinedPassage> positives, Tally tally)
    {
        if (positives.Count == 0 || live.Count == 0)
        {
            return live;
        }

        var prints = positives.ConvertAll(p => TextFingerprint.Of(p.Text!, _options.ShingleSize));
        var kept = new List<MinedPassage>(live.Count);
        foreach (var c in live)
        {
            var kind = DuplicateTest.Classify(TextFingerprint.Of(c.Text!, _options.ShingleSize), prints, _options.NearDuplicateJaccard);
            if (kind == DuplicateKind.None)
            {
                kept.Add(c);
            }
            else
            {
                tally.Count(kind == DuplicateKind.Exact ? CandidateDrop.DuplicateExact : CandidateDrop.DuplicateNear);
            }
        }

        return kept;
    }

    private List<MinedPassage> ApplyCrossEncoder(string query, List<MinedPassage> live, List<MinedPassage> positives, Tally tally)
    {
        if (!_options.UsesCrossEncoder || live.Count == 0)
        {
            tally.Snapshot(AuditStage.AfterMargin, live);
            tally.Snapshot(AuditStage.AfterRelativeMargin, live);
            tally.Snapshot(AuditStage.AfterMaxScore, live);
            return live;
        }

        var scorer = _inputs.CrossEncoder ?? throw new InvalidOperationException("a score threshold is set but no cross-encoder was given");
        var pairs = new List<(string, string)>(positives.Count + live.Count);
        pairs.AddRange(positives.Select(p => (query, p.Text!)));
        pairs.AddRange(live.Select(c => (query, c.Text!)));
        float[] scores = scorer.Score(pairs);
        double minPositive = double.PositiveInfinity;
        for (int i = 0; i < positives.Count; i++)
        {
            minPositive = Math.Min(minPositive, scores[i]);
        }

        var scored = new List<(MinedPassage C, double S)>(live.Count);
        for (int i = 0; i < live.Count; i++)
        {
            scored.Add((live[i], scores[positives.Count + i]));
        }

        if (_options.Margin is { } margin)
        {
            scored = tally.Remove(scored, CandidateDrop.Margin, x => ScoreRules.FailsAbsoluteMargin(x.S, minPositive, margin));
        }

        tally.Snapshot(AuditStage.AfterMargin, scored.ConvertAll(x => x.C));
        if (_options.RelativeMargin is { } relative)
        {
            scored = tally.Remove(scored, CandidateDrop.RelativeMargin, x => ScoreRules.FailsRelativeMargin(x.S, minPositive, relative));
        }

        tally.Snapshot(AuditStage.AfterRelativeMargin, scored.ConvertAll(x => x.C));
        if (_options.MaxScore is { } max)
        {
            scored = tally.Remove(scored, CandidateDrop.MaxScore, x => ScoreRules.FailsMaxScore(x.S, max));
        }

        var kept = scored.ConvertAll(x => x.C);
        tally.Snapshot(AuditStage.AfterMaxScore, kept);
        return kept;
    }

    private List<MinedPassage> ApplySimilarity(List<MinedPassage> live, List<MinedPassage> positives, Tally tally)
    {
        if (_options.MaxSimilarity is not { } maxSimilarity || live.Count == 0)
        {
            return live;
        }

        var embedder = _inputs.BiEncoder ?? throw new InvalidOperationException("a maximum similarity is set but no bi-encoder was given");
        var texts = new List<string>(positives.Count + live.Count);
        texts.AddRange(positives.Select(p => p.Text!));
        texts.AddRange(live.Select(c => c.Text!));
        float[][] vectors = embedder.EmbedPassages(texts);
        var kept = new List<MinedPassage>(live.Count);
        for (int i = 0; i < live.Count; i++)
        {
            double best = double.NegativeInfinity;
            for (int p = 0; p < positives.Count; p++)
            {
                best = Math.Max(best, Cosine(vectors[p], vectors[positives.Count + i]));
            }

            if (ScoreRules.FailsMaxSimilarity(best, maxSimilarity))
            {
                tally.Count(CandidateDrop.Similarity);
            }
            else
            {
                kept.Add(live[i]);
            }
        }

        return kept;
    }

    /// <summary>Cosine similarity; 0 when either vector is all zeros.</summary>
    internal static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            na += (double)a[i] * a[i];
            nb += (double)b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
