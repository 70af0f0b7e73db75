namespace Quarry.Lexical.Analysis.Tokenization;

/// <summary>The word rule: letters, numbers and katakana joined by UAX#29 WB5-WB13b.</summary>
public ref partial struct StandardTokenizer
{
    // A DFA equivalent to the ALPHANUM rule of Lucene's grammar (NUM, HANGUL and KATAKANA are subsets of it).
    private enum WordState : byte
    {
        Fail,
        Start,

        /// <summary>Only ExtendNumLet so far: needs a letter, number or katakana.</summary>
        LeadingConnector,
        Letter,
        HebrewLetter,

        /// <summary>A Hebrew letter after MidLetter/MidNumLet/quote: inside a letter run, so it cannot take WB7a/b.</summary>
        HebrewLetterInRun,

        /// <summary>Hebrew letter + single quote (WB7a), which may also continue as MidLetter.</summary>
        HebrewQuote,

        /// <summary>Hebrew letter, double quote, Hebrew letter (WB7b/c): a unit that no Mid* char may extend.</summary>
        HebrewQuoted,
        Number,
        Katakana,

        /// <summary>After ExtendNumLet that follows a letter, number or katakana (WB13a): anything may follow (WB13b).</summary>
        Connector,

        /// <summary>After MidLetter/MidNumLet/quote: needs a letter (WB6/7).</summary>
        PendingLetter,

        /// <summary>After MidNum/MidNumLet/quote: needs a number (WB11/12).</summary>
        PendingNumber,

        /// <summary>Hebrew letter + double quote: needs a Hebrew letter (WB7b/c).</summary>
        PendingHebrew,
    }

    private const int KindBits = 4;

    /// <summary>The DFA as a table, next = table[state &lt;&lt; 4 | kind], built once from <see cref="Next"/> and WB4.</summary>
    private static readonly byte[] Transitions = BuildTransitions();

    /// <summary>Bit s is set when state s accepts (a word may end there).</summary>
    private const int AcceptingStates =
        (1 << (int)WordState.Letter) | (1 << (int)WordState.HebrewLetter) | (1 << (int)WordState.HebrewLetterInRun)
        | (1 << (int)WordState.HebrewQuote) | (1 << (int)WordState.HebrewQuoted) | (1 << (int)WordState.Number)
        | (1 << (int)WordState.Katakana) | (1 << (int)WordState.Connector);

    private static int MatchWord(ReadOnlySpan<char> s, int start, int limit)
    {
        byte[] transitions = Transitions;
        int pos = start;
        int accept = -1;
        int state = (int)WordState.Start;
        while (pos < limit)
        {
            char c = s[pos];
            int width = 1;
            ushort cls;
            if (!char.IsSurrogate(c))
            {
                cls = CharClasses.OfBmp(c);
            }
            else
            {
                cls = CharClasses.Of(CodePointAt(s, pos, limit, out width));
                if (width == 0)
                {
                    break;
                }
            }

            state = transitions[(state << KindBits) | (cls & 0xF)];
            if (state == (int)WordState.Fail)
            {
                break;
            }

            pos += width;
            if (((AcceptingStates >> state) & 1) != 0)
            {
                accept = pos;
            }
        }

        return accept;
    }

    private static byte[] BuildTransitions()
    {
        var table = new byte[16 << KindBits];
        foreach (WordState state in Enum.GetValues<WordState>())
        {
            for (int k = 0; k < 16; k++)
            {
                var kind = (WordBreak)k;
                WordState next = kind is WordBreak.Extend or WordBreak.PresentationSelector or WordBreak.Zwj
                    ? state is WordState.Start or WordState.Fail ? WordState.Fail : state // WB4: marks attach, but begin nothing
                    : state == WordState.Fail ? WordState.Fail : Next(state, kind);
                table[((int)state << KindBits) | k] = (byte)next;
            }
        }

        return table;
    }

    private static WordState Next(WordState state, WordBreak kind)
    {
        switch (kind)
        {
            case WordBreak.ALetter:
                return state is WordState.Katakana or WordState.PendingNumber or WordState.PendingHebrew ? WordState.Fail : WordState.Letter;
            case WordBreak.HebrewLetter:
                return state switch
                {
                    WordState.Katakana or WordState.PendingNumber => WordState.Fail,
                    WordState.PendingLetter => WordState.HebrewLetterInRun,
                    WordState.PendingHebrew => WordState.HebrewQuoted,
                    _ => WordState.HebrewLetter,
                };
            case WordBreak.Numeric:
                return state is WordState.Katakana or WordState.PendingLetter or WordState.PendingHebrew ? WordState.Fail : WordState.Number;
            case WordBreak.Katakana:
                return state is WordState.Start or WordState.LeadingConnector or WordState.Katakana or WordState.Connector
                    ? WordState.Katakana
                    : WordState.Fail;
            case WordBreak.ExtendNumLet:
                return state switch
                {
                    WordState.Start or WordState.LeadingConnector => WordState.LeadingConnector,
                    WordState.Letter or WordState.HebrewLetter or WordState.HebrewLetterInRun or WordState.HebrewQuote
                        or WordState.HebrewQuoted or WordState.Number or WordState.Katakana or WordState.Connector => WordState.Connector,
                    _ => WordState.Fail,
                };
            case WordBreak.MidLetter:
                return state is WordState.Letter or WordState.HebrewLetter or WordState.HebrewLetterInRun ? WordState.PendingLetter : WordState.Fail;
            case WordBreak.MidNum:
                return state == WordState.Number ? WordState.PendingNumber : WordState.Fail;
            case WordBreak.MidNumLet:
                return state switch
                {
                    WordState.Letter or WordState.HebrewLetter or WordState.HebrewLetterInRun => WordState.PendingLetter,
                    WordState.Number => WordState.PendingNumber,
                    _ => WordState.Fail,
                };
            case WordBreak.SingleQuote:
                return state switch
                {
                    WordState.Letter or WordState.HebrewLetterInRun => WordState.PendingLetter,
                    WordState.HebrewLetter => WordState.HebrewQuote,
                    WordState.Number => WordState.PendingNumber,
                    _ => WordState.Fail,
                };
            case WordBreak.DoubleQuote:
                return state == WordState.HebrewLetter ? WordState.PendingHebrew : WordState.Fail;
            default:
                return WordState.Fail;
        }
    }
}
