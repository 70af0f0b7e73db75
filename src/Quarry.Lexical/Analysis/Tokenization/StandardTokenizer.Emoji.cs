namespace Quarry.Lexical.Analysis.Tokenization;

/// <summary>The emoji rule of Lucene 9's grammar (UTS#51 emoji sequences), which makes ©, ® and ™ tokens.</summary>
public ref partial struct StandardTokenizer
{
    private const char Zwj = '\u200D';
    private const char PresentationSelector = '\uFE0F';
    private const char KeyCap = '\u20E3';

    private static bool MayStartEmoji(int cp, ushort cls, WordBreak kind) =>
        CharClasses.Has(cls, CharFlags.EmojiChar | CharFlags.EmojiModifier | CharFlags.EmojiModifierBase)
        || kind is WordBreak.Zwj or WordBreak.RegionalIndicator
        || IsKeyCapBase(cp);

    private static bool IsKeyCapBase(int cp) => cp is (>= '0' and <= '9') or '#' or '*';

    private static int MatchEmoji(ReadOnlySpan<char> s, int start, int limit, int cp, ushort cls)
    {
        WordBreak kind = CharClasses.Kind(cls);
        if (kind == WordBreak.RegionalIndicator)
        {
            return MatchFlag(s, start, limit);
        }

        if (IsKeyCapBase(cp))
        {
            // Digits, # and * are no emoji alone; only a following mark can make a keycap (the common case is a number).
            bool marked = start + 1 < limit
                && CharClasses.Kind(CharClasses.Of(CodePointAt(s, start + 1, limit, out _))) is WordBreak.Extend or WordBreak.PresentationSelector or WordBreak.Zwj;
            return marked ? MatchKeyCap(s, start, limit) : -1;
        }

        return MatchSequence(s, start, limit);
    }

    /// <summary>Two regional indicators, each with its marks.</summary>
    private static int MatchFlag(ReadOnlySpan<char> s, int start, int limit)
    {
        int pos = SkipExtend(s, start + 2, limit, withPresentationSelectors: true);
        if (pos < limit && CharClasses.Kind(CharClasses.Of(CodePointAt(s, pos, limit, out int width))) == WordBreak.RegionalIndicator && width == 2)
        {
            return SkipExtend(s, pos + 2, limit, withPresentationSelectors: true);
        }

        return -1;
    }

    /// <summary>[0-9#*] marks* U+FE0F? U+20E3 marks*.</summary>
    private static int MatchKeyCap(ReadOnlySpan<char> s, int start, int limit)
    {
        int best = -1;
        int run = SkipExtend(s, start + 1, limit, withPresentationSelectors: false);
        if (s[(start + 1)..run].Contains(KeyCap))
        {
            best = run;
        }

        if (run + 1 < limit && s[run] == PresentationSelector && s[run + 1] == KeyCap)
        {
            best = SkipExtend(s, run + 2, limit, withPresentationSelectors: false);
        }

        return best;
    }

    /// <summary>An emoji (or presentation or modifier sequence), then ZWJ-joined ones or a tag sequence.</summary>
    private static int MatchSequence(ReadOnlySpan<char> s, int start, int limit)
    {
        // reach[i]: an emoji element can end at start + i. All steps move forward, so one sweep finds every end.
        Span<bool> reach = stackalloc bool[MaxTokenLength + 1];
        reach = reach[..(limit - start + 1)];
        reach.Clear();
        MarkElementEnds(s, start, start, limit, reach);

        int best = -1;
        for (int i = 0; i < reach.Length; i++)
        {
            if (reach[i])
            {
                best = Math.Max(best, MatchTags(s, start + i, limit));
            }
        }

        for (int i = 0; i < reach.Length; i++)
        {
            if (!reach[i])
            {
                continue;
            }

            int pos = start + i;
            best = Math.Max(best, pos);
            if (pos < limit && s[pos] == Zwj)
            {
                MarkElementEnds(s, pos, start, limit, reach);
            }
        }

        return best;
    }

    /// <summary>ZWJ* then an emoji with optional U+FE0F, or an optional modifier base and a modifier; marks every end.</summary>
    private static void MarkElementEnds(ReadOnlySpan<char> s, int pos, int origin, int limit, Span<bool> reach)
    {
        while (pos < limit && s[pos] == Zwj)
        {
            pos++;
        }

        if (pos >= limit)
        {
            return;
        }

        int cp = CodePointAt(s, pos, limit, out int width);
        if (width == 0)
        {
            return;
        }

        ushort cls = CharClasses.Of(cp);
        if (CharClasses.Has(cls, CharFlags.EmojiChar))
        {
            int run = MarkRun(s, pos + width, origin, limit, reach);
            if (run < limit && s[run] == PresentationSelector)
            {
                reach[run + 1 - origin] = true;
            }
        }

        int modifierAt = -1;
        if (CharClasses.Has(cls, CharFlags.EmojiModifierBase))
        {
            modifierAt = SkipExtend(s, pos + width, limit, withPresentationSelectors: false);
        }
        else if (CharClasses.Has(cls, CharFlags.EmojiModifier))
        {
            modifierAt = pos;
        }

        if (modifierAt >= 0 && modifierAt < limit)
        {
            int mod = CodePointAt(s, modifierAt, limit, out int modWidth);
            if (modWidth > 0 && CharClasses.Has(CharClasses.Of(mod), CharFlags.EmojiModifier))
            {
                MarkRun(s, modifierAt + modWidth, origin, limit, reach);
            }
        }
    }

    /// <summary>Marks <paramref name="pos"/> and the end of each mark after it (U+FE0E/U+FE0F excluded); returns the run's end.</summary>
    private static int MarkRun(ReadOnlySpan<char> s, int pos, int origin, int limit, Span<bool> reach)
    {
        reach[pos - origin] = true;
        while (pos < limit)
        {
            int cp = CodePointAt(s, pos, limit, out int width);
            if (width == 0 || CharClasses.Kind(CharClasses.Of(cp)) is not (WordBreak.Extend or WordBreak.Zwj))
            {
                break;
            }

            pos += width;
            reach[pos - origin] = true;
        }

        return pos;
    }

    /// <summary>Tag characters U+E0020..U+E007E (at least one) then U+E007F; the end, or -1.</summary>
    private static int MatchTags(ReadOnlySpan<char> s, int pos, int limit)
    {
        int count = 0;
        while (pos < limit)
        {
            int cp = CodePointAt(s, pos, limit, out int width);
            if (width == 0)
            {
                return -1;
            }

            if (cp == 0xE007F)
            {
                return count > 0 ? pos + width : -1;
            }

            if (cp is < 0xE0020 or > 0xE007E)
            {
                return -1;
            }

            pos += width;
            count++;
        }

        return -1;
    }
}
