namespace Quarry.Fusion;

/// <summary>How the runs' evidence is combined (definitions in docs/fusion.md).</summary>
public enum FusionMethod
{
    /// <summary>Reciprocal rank fusion: sum over runs of w / (k + rank).</summary>
    Rrf,

    /// <summary>CombSUM: sum over runs of w * normalised score.</summary>
    CombSum,

    /// <summary>CombMNZ: CombSUM times the number of runs that retrieved the document.</summary>
    CombMnz,

    /// <summary>Weighted interpolation: sum over runs of w * normalised score, weights defaulting to 1/n.</summary>
    Interpolate,
}

/// <summary>Options of <see cref="RunFuser"/>; defaults follow ranx and Pyserini.</summary>
public sealed record FusionOptions
{
    /// <summary>Combination method. Default <see cref="FusionMethod.Rrf"/>.</summary>
    public FusionMethod Method { get; init; } = FusionMethod.Rrf;

    /// <summary>RRF's k (Cormack et al. 2009; Pyserini and ranx default 60).</summary>
    public double K { get; init; } = 60;

    /// <summary>One weight per run, or null for the method's default (1 each; 1/n for interpolation).</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Per-query score normalisation before CombSUM/CombMNZ/interpolation (ignored by RRF). Default min-max, as ranx.</summary>
    public ScoreNormalization Normalization { get; init; } = ScoreNormalization.MinMax;

    /// <summary>Only the top <c>Depth</c> documents of each run (in score order) take part. Default 1000.</summary>
    public int Depth { get; init; } = 1000;

    /// <summary>Documents kept per query in the fused run. Default 1000.</summary>
    public int Hits { get; init; } = 1000;
}
