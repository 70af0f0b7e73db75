namespace Quarry.Fusion;

/// <summary>Per-query score normalisations, as ranx defines them (each denominator floored at 1e-9).</summary>
public enum ScoreNormalization
{
    /// <summary>Scores used as they are.</summary>
    None,

    /// <summary>(s - min) / (max - min).</summary>
    MinMax,

    /// <summary>(s - mean) / population standard deviation (ranx "zmuv").</summary>
    ZScore,

    /// <summary>(s - min) / (sum - n * min) (ranx "sum").</summary>
    Sum,
}

/// <summary>Applies a <see cref="ScoreNormalization"/> to one query's scores.</summary>
public static class ScoreNormalizer
{
    /// <summary>ranx's floor for a zero denominator (every score equal), so equal scores map to 0 instead of NaN.</summary>
    public const double MinDenominator = 1e-9;

    /// <summary>Normalises <paramref name="scores"/> in place.</summary>
    public static void Apply(ScoreNormalization normalization, Span<double> scores)
    {
        if (scores.IsEmpty || normalization == ScoreNormalization.None)
        {
            return;
        }

        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        foreach (double s in scores)
        {
            min = Math.Min(min, s);
            max = Math.Max(max, s);
            sum += s;
        }

        double shift, denominator;
        switch (normalization)
        {
            case ScoreNormalization.MinMax:
                shift = min;
                denominator = max - min;
                break;
            case ScoreNormalization.Sum:
                shift = min;
                denominator = sum - (min * scores.Length);
                break;
            case ScoreNormalization.ZScore:
                shift = sum / scores.Length;
                double squares = 0;
                foreach (double s in scores)
                {
                    squares += (s - shift) * (s - shift);
                }

                denominator = Math.Sqrt(squares / scores.Length);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "unknown normalisation");
        }

        denominator = Math.Max(denominator, MinDenominator);
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = (scores[i] - shift) / denominator;
        }
    }

    /// <summary>Parses a normalisation name: none, minmax (min-max), zscore (zmuv), sum.</summary>
    public static bool TryParse(string text, out ScoreNormalization normalization)
    {
        normalization = text.ToLowerInvariant() switch
        {
            "none" => ScoreNormalization.None,
            "minmax" or "min-max" => ScoreNormalization.MinMax,
            "zscore" or "zmuv" => ScoreNormalization.ZScore,
            "sum" => ScoreNormalization.Sum,
            _ => (ScoreNormalization)(-1),
        };
        return Enum.IsDefined(normalization);
    }
}
