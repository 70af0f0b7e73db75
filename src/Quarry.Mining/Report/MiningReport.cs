namespace Quarry.Mining.Report;

/// <summary>
/// Everything a run counts: queries kept and dropped (with reasons), candidates removed by each filter,
/// negatives per query, bad-input counts and, with dense qrels, the audit. Counts are sums, so per-thread
/// reports merge to the same totals whatever the thread count.
/// </summary>
public sealed class MiningReport
{
    public MiningReport(int negativesPerQuery)
    {
        NegativesHistogram = new long[negativesPerQuery + 1];
        for (int i = 0; i < Stages.Length; i++)
        {
            Stages[i] = new StageCounts();
        }
    }

    /// <summary>Query blocks of the candidate run handled by this run (this shard's).</summary>
    public long QueriesProcessed { get; internal set; }

    /// <summary>Queries that produced training data.</summary>
    public long QueriesEmitted { get; internal set; }

    /// <summary>Queries dropped, by reason.</summary>
    public long[] QueryDrops { get; } = new long[Enum.GetValues<QueryDrop>().Length];

    /// <summary>Candidates inside the skip/depth window, summed over queries that reached filtering.</summary>
    public long CandidatesInWindow { get; internal set; }

    /// <summary>Candidates removed, by the first filter that removed them.</summary>
    public long[] CandidateDrops { get; } = new long[Enum.GetValues<CandidateDrop>().Length];

    /// <summary>Candidates that survived every filter but were not among the K picked.</summary>
    public long NotSampled { get; internal set; }

    /// <summary>Negatives written (each once, however many positives it is paired with).</summary>
    public long NegativesEmitted { get; internal set; }

    /// <summary>Index n holds the number of queries (that reached filtering) that got n negatives.</summary>
    public long[] NegativesHistogram { get; }

    /// <summary>Labelled positives (as kept) whose text is not in the passages.</summary>
    public long PositivesMissingText { get; internal set; }

    /// <summary>Repeated (query, doc) lines in the candidate run, ignored.</summary>
    public long RepeatedCandidateLines { get; internal set; }

    /// <summary>Queries with labels but no block in the candidate run (whole runs only; null when sharded).</summary>
    public long? LabelledQueriesWithoutCandidates { get; internal set; }

    /// <summary>Queries in the training qrels that the queries file lacks.</summary>
    public long LabelledQueriesMissingFromQueries { get; internal set; }

    /// <summary>Queries whose candidates were audited (they are in the dense qrels).</summary>
    public long AuditedQueries { get; internal set; }

    /// <summary>Audit counts per stage (all zero without dense qrels).</summary>
    public StageCounts[] Stages { get; } = new StageCounts[Enum.GetValues<AuditStage>().Length];

    /// <summary>Lines written to the training file.</summary>
    public long OutputLines { get; internal set; }

    public StageCounts Stage(AuditStage stage) => Stages[(int)stage];

    internal void Merge(MiningReport other)
    {
        QueriesProcessed += other.QueriesProcessed;
        QueriesEmitted += other.QueriesEmitted;
        CandidatesInWindow += other.CandidatesInWindow;
        NotSampled += other.NotSampled;
        NegativesEmitted += other.NegativesEmitted;
        PositivesMissingText += other.PositivesMissingText;
        RepeatedCandidateLines += other.RepeatedCandidateLines;
        AuditedQueries += other.AuditedQueries;
        OutputLines += other.OutputLines;
        Add(QueryDrops, other.QueryDrops);
        Add(CandidateDrops, other.CandidateDrops);
        Add(NegativesHistogram, other.NegativesHistogram);
        for (int i = 0; i < Stages.Length; i++)
        {
            Stages[i].Merge(other.Stages[i]);
        }
    }

    private static void Add(long[] into, long[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
