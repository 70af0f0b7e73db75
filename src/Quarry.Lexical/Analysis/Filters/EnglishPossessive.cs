namespace Quarry.Lexical.Analysis.Filters;

/// <summary>Lucene's EnglishPossessiveFilter: drops a trailing 's or 'S after an apostrophe (U+0027, U+2019 or U+FF07).</summary>
public static class EnglishPossessive
{
    /// <summary>The length of <paramref name="term"/> without its possessive ending.</summary>
    public static int Strip(ReadOnlySpan<char> term)
    {
        int n = term.Length;
        if (n >= 2 && term[n - 1] is 's' or 'S' && term[n - 2] is '\'' or '\u2019' or '\uFF07')
        {
            return n - 2;
        }

        return n;
    }
}
