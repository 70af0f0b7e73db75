namespace Quarry.Lexical.Search;

/// <summary>
/// Anserini's printed scores (ScoreTiesAdjusterReranker): each score rounded to 1e-4 (in double, stored as float), and a score within
/// 1e-4 of the one above it lowered by 1e-6 per earlier tie, so the printed order is the rank order.
/// </summary>
public static class AnseriniScores
{
    /// <summary>Adjusts scores (in rank order) in place.</summary>
    public static void Adjust(Span<float> scores)
    {
        int dup = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            // (float)(Math.round(s * 1e4) / 1e4): the product is taken in double, so a float that is a hair
            // below a half rounds down where a float32 product would round up.
            scores[i] = (float)(Math.Floor((scores[i] * 1e4) + 0.5) / 1e4);
            if (i == 0 || scores[i - 1] - scores[i] > 1e-4f)
            {
                dup = 0;
            }
            else
            {
                dup++;
                scores[i] -= 1e-6f * dup;
            }
        }
    }

    /// <summary>A score as Java's <c>%f</c> prints a float: widened to double, six decimals.</summary>
    public static string Format(float score) => ((double)score).ToString("F6", System.Globalization.CultureInfo.InvariantCulture);
}
