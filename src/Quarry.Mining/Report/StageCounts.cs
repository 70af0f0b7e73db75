namespace Quarry.Mining.Report;

/// <summary>Candidates still in play at one audit stage, and how the dense qrels judge them.</summary>
public sealed class StageCounts
{
    /// <summary>Candidates counted.</summary>
    public long Total { get; private set; }

    /// <summary>Candidates with any judgment in the dense qrels.</summary>
    public long Judged { get; private set; }

    /// <summary>Candidates per judged grade (grade -> count).</summary>
    public SortedDictionary<int, long> ByGrade { get; } = [];

    /// <summary>Candidates judged at grade 1 or above: the false negatives.</summary>
    public long Relevant(int minGrade = 1)
    {
        long n = 0;
        foreach (var (grade, count) in ByGrade)
        {
            if (grade >= minGrade)
            {
                n += count;
            }
        }

        return n;
    }

    /// <summary>Share of candidates judged at <paramref name="minGrade"/> or above, in percent (0 when there are none).</summary>
    public double RatePercent(int minGrade = 1) => Total == 0 ? 0 : 100.0 * Relevant(minGrade) / Total;

    internal void Add(int? grade)
    {
        Total++;
        if (grade is { } g)
        {
            Judged++;
            ByGrade[g] = ByGrade.GetValueOrDefault(g) + 1;
        }
    }

    internal void Merge(StageCounts other)
    {
        Total += other.Total;
        Judged += other.Judged;
        foreach (var (g, c) in other.ByGrade)
        {
            ByGrade[g] = ByGrade.GetValueOrDefault(g) + c;
        }
    }
}
