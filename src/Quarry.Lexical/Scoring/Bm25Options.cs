namespace Quarry.Lexical.Scoring;

/// <summary>BM25 parameters; the defaults are Anserini's.</summary>
public sealed record Bm25Options
{
    /// <summary>Term-frequency saturation (Anserini default 0.9).</summary>
    public float K1 { get; init; } = 0.9f;

    /// <summary>Length normalisation (Anserini default 0.4).</summary>
    public float B { get; init; } = 0.4f;

    /// <summary>Score with exact document lengths instead of Lucene's one-byte lengths (default false, for parity).</summary>
    public bool ExactLengths { get; init; }

    /// <summary>Throws when a parameter is out of range; called at the API boundary.</summary>
    public void Validate()
    {
        if (!float.IsFinite(K1) || K1 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(K1), K1, "k1 must be a finite number >= 0");
        }

        if (!float.IsFinite(B) || B < 0 || B > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(B), B, "b must be in [0, 1]");
        }
    }
}
