namespace Quarry.Lexical.Analysis.Filters;

/// <summary>Lucene's English stop set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), the one Anserini removes; matched case-sensitively after lower-casing.</summary>
public static class EnglishStopWords
{
    /// <summary>The 33 words.</summary>
    public static IReadOnlyCollection<string> Words => Set;

    private static readonly HashSet<string> Set =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="term"/> is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> term) => term.Length <= 5 && Lookup.Contains(term);
}
