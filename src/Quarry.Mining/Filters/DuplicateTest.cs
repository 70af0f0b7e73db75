namespace Quarry.Mining.Filters;

/// <summary>Whether a candidate repeats a positive: exactly (same normalised text) or nearly (shingle Jaccard at or above a threshold).</summary>
public enum DuplicateKind
{
    None,
    Exact,
    Near,
}

/// <summary>Compares a candidate's fingerprint with those of the query's positives.</summary>
public static class DuplicateTest
{
    /// <param name="candidate">The candidate's fingerprint.</param>
    /// <param name="positives">The positives' fingerprints.</param>
    /// <param name="nearJaccard">Jaccard at or above which it is a near duplicate; above 1 disables the near test.</param>
    public static DuplicateKind Classify(TextFingerprint candidate, IReadOnlyList<TextFingerprint> positives, double nearJaccard)
    {
        foreach (var p in positives)
        {
            if (p.ExactHash == candidate.ExactHash && p.WordCount == candidate.WordCount)
            {
                return DuplicateKind.Exact;
            }
        }

        if (nearJaccard > 1.0)
        {
            return DuplicateKind.None;
        }

        foreach (var p in positives)
        {
            // Jaccard can reach the threshold only if the smaller set is at least threshold x the larger one.
            int small = Math.Min(p.Shingles.Length, candidate.Shingles.Length);
            int large = Math.Max(p.Shingles.Length, candidate.Shingles.Length);
            if (small < nearJaccard * large)
            {
                continue;
            }

            if (TextFingerprint.Jaccard(candidate, p) >= nearJaccard)
            {
                return DuplicateKind.Near;
            }
        }

        return DuplicateKind.None;
    }
}
