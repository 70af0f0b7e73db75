namespace Quarry.Eval.Ranking;

/// <summary>
/// One query's ranking as every trec_eval measure sees it (trec_eval's RES_RELS): the grade of each retrieved document
/// in rank order, -1 for a document outside the judged pool and -2 for one in the pool with a negative grade, and the counts.
/// </summary>
internal sealed class RankedQuery
{
    /// <summary>Not in the qrels at all.</summary>
    public const int NonPool = -1;

    /// <summary>In the qrels with a negative grade ("in the pool, unjudged").</summary>
    public const int Unjudged = -2;

    public required int[] Rels { get; init; }

    public required int NumRet { get; init; }

    /// <summary>Judged documents with grade >= the relevance level, retrieved or not.</summary>
    public required int NumRel { get; init; }

    public required int NumRelRet { get; init; }

    public required int NumNonpool { get; init; }

    public required int NumUnjudged { get; init; }

    /// <summary>Count of judged documents per grade 0..max.</summary>
    public required int[] RelLevels { get; init; }

    /// <summary>Highest grade with any judged document, plus one.</summary>
    public required int NumRelLevels { get; init; }

    public required int RelevanceLevel { get; init; }

    /// <summary>Size of the collection for utility (trec_eval's -N; 0 when not given).</summary>
    public required long DocsInCollection { get; init; }

    /// <summary>Whether the document at 0-based rank i counts as relevant.</summary>
    public bool IsRel(int i) => Rels[i] >= RelevanceLevel;
}
