namespace Quarry.Lexical.Analysis.Tokenization;

/// <summary>
/// A shortcut for plain ASCII words, the bulk of English text: a run of ASCII letters and digits followed by an ASCII
/// char that can neither join nor start anything is a whole token under every rule of the grammar, so it is taken without
/// the general matchers. Anything else (a connector such as '.', ''' or '_' after the run, a non-ASCII char, the length
/// limit) goes through the general rules, which give the same answer for the plain case.
/// </summary>
public ref partial struct StandardTokenizer
{
    private const byte AsciiOther = 0;
    private const byte AsciiAlphanumeric = 1;
    private const byte AsciiSeparator = 2;

    /// <summary>Per ASCII char: a letter or digit, a separator (starts no token, joins none), or other.</summary>
    private static readonly byte[] Ascii = BuildAscii();

    /// <summary>The end of the ASCII letter/digit run at <paramref name="start"/> when a separator or the text's end closes it; else -1.</summary>
    private static int AsciiWordEnd(ReadOnlySpan<char> s, int start)
    {
        byte[] ascii = Ascii;
        int limit = Math.Min(s.Length, start + MaxTokenLength);
        int pos = start + 1;
        while (pos < limit && s[pos] < 128 && ascii[s[pos]] == AsciiAlphanumeric)
        {
            pos++;
        }

        if (pos == s.Length)
        {
            return pos;
        }

        return pos < limit && s[pos] < 128 && ascii[s[pos]] == AsciiSeparator ? pos : -1;
    }

    /// <summary>Derived from the character classes, so that the shortcut cannot disagree with the general rules.</summary>
    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            ushort cls = CharClasses.OfBmp((char)c);
            WordBreak kind = CharClasses.Kind(cls);
            bool special = MayStartEmoji(c, cls, kind) || CharClasses.Has(cls, CharFlags.ComplexContext | CharFlags.Han | CharFlags.Hiragana);
            table[c] = kind switch
            {
                WordBreak.ALetter or WordBreak.Numeric when !special || IsKeyCapBase(c) => AsciiAlphanumeric,
                WordBreak.Other when !special => AsciiSeparator,
                _ => AsciiOther,
            };
        }

        return table;
    }
}
