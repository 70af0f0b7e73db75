namespace Quarry.Eval.TrecEval;

/// <summary>trec_eval's evaluation flags. Defaults are trec_eval's.</summary>
public sealed record TrecEvalOptions
{
    /// <summary>-q: also report every query. Default false.</summary>
    public bool PerQuery { get; init; }

    /// <summary>-c: average over every query in the qrels; queries missing from the run count 0. Default false.</summary>
    public bool Complete { get; init; }

    /// <summary>-n: no summary ("all") lines. Default false.</summary>
    public bool NoSummary { get; init; }

    /// <summary>-M: keep only the first N documents of each ranking after sorting. Default: all.</summary>
    public int MaxDocsPerQuery { get; init; } = int.MaxValue;

    /// <summary>-l: the minimum grade that counts as relevant for binary measures. Default 1.</summary>
    public int RelevanceLevel { get; init; } = 1;

    /// <summary>-N: number of documents in the collection (used by utility). Default 0, as in trec_eval.</summary>
    public long DocsInCollection { get; init; }

    /// <summary>-J: drop unjudged documents from each ranking before measuring. Default false.</summary>
    public bool JudgedDocsOnly { get; init; }
}
