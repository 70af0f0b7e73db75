namespace Quarry.Lexical.Analysis.Filters;

/// <summary>
/// Lower-cases in place by code point with Unicode's simple mappings, as Lucene's LowerCaseFilter
/// (Java's Character.toLowerCase) does; independent of the culture and of .NET's globalization mode.
/// </summary>
public static partial class LowerCase
{
    private static readonly char[] Bmp = BuildBmp();

    /// <summary>Lower-cases <paramref name="term"/> in place.</summary>
    public static void Apply(Span<char> term)
    {
        for (int i = 0; i < term.Length; i++)
        {
            char c = term[i];
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    term[i] = (char)(c + 32);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
            {
                int lower = Map(char.ConvertToUtf32(c, term[i + 1]));
                if (lower >= 0x10000)
                {
                    string pair = char.ConvertFromUtf32(lower);
                    term[i] = pair[0];
                    term[i + 1] = pair[1];
                }

                i++;
            }
            else
            {
                term[i] = Bmp[c];
            }
        }
    }

    /// <summary>The simple lower-case mapping of a code point (itself when it has none).</summary>
    public static int Map(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            return Bmp[codePoint];
        }

        ReadOnlySpan<int> pairs = Pairs;
        int lo = 0;
        int hi = (pairs.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int from = pairs[2 * mid];
            if (from == codePoint)
            {
                return pairs[(2 * mid) + 1];
            }

            if (from < codePoint)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return codePoint;
    }

    private static char[] BuildBmp()
    {
        var table = new char[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        ReadOnlySpan<int> pairs = Pairs;
        for (int i = 0; i < pairs.Length; i += 2)
        {
            // A BMP char whose mapping leaves the BMP would change the term's length; Lucene keeps lengths too.
            if (pairs[i] < 0x10000 && pairs[i + 1] < 0x10000)
            {
                table[pairs[i]] = (char)pairs[i + 1];
            }
        }

        return table;
    }
}
