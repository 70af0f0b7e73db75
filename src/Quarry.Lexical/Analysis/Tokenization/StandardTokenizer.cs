namespace Quarry.Lexical.Analysis.Tokenization;

/// <summary>
/// Splits text into tokens on Unicode word boundaries (UAX#29) exactly as Lucene 9's StandardTokenizer does:
/// letters and numbers (with their inner punctuation such as "U.S.A", "3.14", "can't"), emoji sequences,
/// runs of South-East Asian script, and single ideographs and hiragana are tokens; everything else separates them.
/// A token longer than <see cref="MaxTokenLength"/> chars is cut into pieces, as Lucene does.
/// </summary>
public ref partial struct StandardTokenizer
{
    /// <summary>Lucene's default maximum token length, in UTF-16 chars.</summary>
    public const int MaxTokenLength = 255;

    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    /// <summary>Starts tokenizing <paramref name="text"/>.</summary>
    public StandardTokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    /// <summary>Start (char offset) of the current token.</summary>
    public int Start { get; private set; }

    /// <summary>Length in chars of the current token.</summary>
    public int Length { get; private set; }

    /// <summary>The chars of the current token.</summary>
    public readonly ReadOnlySpan<char> Current => _text.Slice(Start, Length);

    /// <summary>Advances to the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
        ReadOnlySpan<char> s = _text;
        while (_pos < s.Length)
        {
            int start = _pos;
            char first = s[start];
            if (first < 128)
            {
                byte ascii = Ascii[first];
                if (ascii == AsciiSeparator)
                {
                    _pos = start + 1;
                    continue;
                }

                if (ascii == AsciiAlphanumeric && AsciiWordEnd(s, start) is int asciiEnd and > 0)
                {
                    Start = start;
                    Length = asciiEnd - start;
                    _pos = asciiEnd;
                    return true;
                }
            }


            // Lucene's scanner buffer holds MaxTokenLength chars: no match can reach further (LUCENE-5897).
            int limit = Math.Min(s.Length, start + MaxTokenLength);
            int cp = CodePointAt(s, start, limit, out int width);
            if (width == 0)
            {
                // A surrogate pair cut by the buffer limit: the scanner cannot match across it either.
                cp = s[start];
                width = 1;
            }

            ushort cls = CharClasses.Of(cp);
            int end = Match(s, start, limit, cp, cls);
            if (end > start)
            {
                Start = start;
                Length = end - start;
                _pos = end;
                return true;
            }

            // Lucene's [^] rule: one code point that starts no token is skipped.
            _pos = start + width;
        }

        Start = s.Length;
        Length = 0;
        return false;
    }

    /// <summary>The end of the longest token starting at <paramref name="start"/>, or -1 when none starts there.</summary>
    private static int Match(ReadOnlySpan<char> s, int start, int limit, int cp, ushort cls)
    {
        int best = -1;
        WordBreak kind = CharClasses.Kind(cls);
        if (kind is WordBreak.ALetter or WordBreak.HebrewLetter or WordBreak.Numeric or WordBreak.Katakana or WordBreak.ExtendNumLet)
        {
            best = MatchWord(s, start, limit);
        }

        if (MayStartEmoji(cp, cls, kind))
        {
            best = Math.Max(best, MatchEmoji(s, start, limit, cp, cls));
        }

        if (CharClasses.Has(cls, CharFlags.ComplexContext))
        {
            best = Math.Max(best, MatchComplexContext(s, start, limit));
        }

        if (CharClasses.Has(cls, CharFlags.Han | CharFlags.Hiragana))
        {
            // A single ideograph or hiragana, with its combining marks.
            best = Math.Max(best, SkipExtend(s, start + (cp >= 0x10000 ? 2 : 1), limit, withPresentationSelectors: true));
        }

        return best;
    }

    private static int MatchComplexContext(ReadOnlySpan<char> s, int pos, int limit)
    {
        while (pos < limit)
        {
            int cp = CodePointAt(s, pos, limit, out int width);
            if (width == 0 || !CharClasses.Has(CharClasses.Of(cp), CharFlags.ComplexContext))
            {
                break;
            }

            pos = SkipExtend(s, pos + width, limit, withPresentationSelectors: true);
        }

        return pos;
    }

    /// <summary>Skips Extend, Format and ZWJ chars (UAX#29 WB4); the emoji rules leave out U+FE0E and U+FE0F.</summary>
    private static int SkipExtend(ReadOnlySpan<char> s, int pos, int limit, bool withPresentationSelectors)
    {
        while (pos < limit)
        {
            int cp = CodePointAt(s, pos, limit, out int width);
            WordBreak kind = CharClasses.Kind(CharClasses.Of(cp));
            bool extend = kind is WordBreak.Extend or WordBreak.Zwj || (withPresentationSelectors && kind == WordBreak.PresentationSelector);
            if (width == 0 || !extend)
            {
                break;
            }

            pos += width;
        }

        return pos;
    }

    /// <summary>The code point at <paramref name="pos"/>; width 0 when a surrogate pair would cross <paramref name="limit"/>.</summary>
    private static int CodePointAt(ReadOnlySpan<char> s, int pos, int limit, out int width)
    {
        char c = s[pos];
        if (!char.IsHighSurrogate(c))
        {
            width = 1;
            return c;
        }

        if (pos + 1 < s.Length && char.IsLowSurrogate(s[pos + 1]))
        {
            width = pos + 2 <= limit ? 2 : 0;
            return char.ConvertToUtf32(c, s[pos + 1]);
        }

        // An unpaired surrogate is a code point of its own (word-break Other), as in Java.
        width = 1;
        return c;
    }
}
