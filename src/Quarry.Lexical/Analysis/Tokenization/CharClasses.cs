namespace Quarry.Lexical.Analysis.Tokenization;

/// <summary>Unicode 9.0 word-break property values as Lucene's StandardTokenizer grammar uses them.</summary>
internal enum WordBreak : byte
{
    Other = 0,
    ALetter = 1,
    HebrewLetter = 2,
    Numeric = 3,
    Katakana = 4,
    ExtendNumLet = 5,
    MidLetter = 6,
    MidNum = 7,
    MidNumLet = 8,
    SingleQuote = 9,
    DoubleQuote = 10,

    /// <summary>WB Extend or Format, except the presentation selectors and ZWJ.</summary>
    Extend = 11,

    /// <summary>U+FE0E and U+FE0F: Extend for words, but the emoji rules treat them on their own.</summary>
    PresentationSelector = 12,
    Zwj = 13,
    RegionalIndicator = 14,
}

/// <summary>Properties besides word-break that select the tokenizer's other rules.</summary>
[Flags]
internal enum CharFlags : ushort
{
    None = 0,

    /// <summary>Extended_Pictographic, or Emoji that is not a digit, #, *, regional indicator, modifier or ©®™〰〽.</summary>
    EmojiChar = 0x10,
    EmojiModifier = 0x20,
    EmojiModifierBase = 0x40,
    Han = 0x80,
    Hiragana = 0x100,

    /// <summary>Line_Break=Complex_Context: Thai, Lao, Myanmar, Khmer and similar scripts.</summary>
    ComplexContext = 0x200,
}

/// <summary>Looks up the packed class (word-break kind in the low 4 bits, <see cref="CharFlags"/> above) of a code point.</summary>
internal static partial class CharClasses
{
    private const int KindMask = 0xF;

    private static readonly ushort[] Bmp = BuildBmp();

    /// <summary>The packed class of <paramref name="codePoint"/>.</summary>
    public static ushort Of(int codePoint) => codePoint < 0x10000 ? Bmp[codePoint] : Search(codePoint);

    /// <summary>The packed class of a BMP char that is not a surrogate.</summary>
    public static ushort OfBmp(char c) => Bmp[c];

    /// <summary>The word-break kind of a packed class.</summary>
    public static WordBreak Kind(ushort packed) => (WordBreak)(packed & KindMask);

    /// <summary>Whether a packed class has any of <paramref name="flags"/>.</summary>
    public static bool Has(ushort packed, CharFlags flags) => (packed & (ushort)flags) != 0;

    private static ushort Search(int codePoint)
    {
        ReadOnlySpan<uint> ranges = Ranges;
        int lo = 0;
        int hi = ranges.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if ((int)(ranges[mid] >> 11) <= codePoint)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (ushort)(ranges[lo] & 0x7FF);
    }

    private static ushort[] BuildBmp()
    {
        var table = new ushort[0x10000];
        ReadOnlySpan<uint> ranges = Ranges;
        for (int i = 0; i < ranges.Length; i++)
        {
            int start = (int)(ranges[i] >> 11);
            if (start >= 0x10000)
            {
                break;
            }

            int end = i + 1 < ranges.Length ? Math.Min(0x10000, (int)(ranges[i + 1] >> 11)) : 0x10000;
            table.AsSpan(start, end - start).Fill((ushort)(ranges[i] & 0x7FF));
        }

        return table;
    }
}
