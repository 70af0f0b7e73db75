using System.Globalization;

namespace Quarry.Neural.Tokenization;

/// <summary>Pre-tokenization as BERT's: whitespace separates words, and every punctuation mark is a word of its own.</summary>
public sealed partial class WordPieceTokenizer
{
    // Pre-tokenization: runs of characters that are neither whitespace nor punctuation, and single punctuation marks.
    private void SplitAndLookUp(ReadOnlySpan<char> s, List<int> ids, int stopAt)
    {
        int i = 0;
        while (i < s.Length && ids.Count < stopAt)
        {
            int width = CodePointAt(s, i, out int cp);
            if (IsSpace(cp))
            {
                i += width;
                continue;
            }

            if (IsPunctuation(cp))
            {
                AppendWord(s.Slice(i, width), ids);
                i += width;
                continue;
            }

            int end = i + width;
            while (end < s.Length)
            {
                int w = CodePointAt(s, end, out int next);
                if (IsSpace(next) || IsPunctuation(next))
                {
                    break;
                }

                end += w;
            }

            AppendWord(s[i..end], ids);
            i = end;
        }
    }

    private static int CodePointAt(ReadOnlySpan<char> s, int i, out int codePoint)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            codePoint = char.ConvertToUtf32(c, s[i + 1]);
            return 2;
        }

        codePoint = c;
        return 1;
    }

    private static bool IsSpace(int cp) => cp is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || (cp >= 0x80 && BertNormalizer.IsWhitespace(cp));

    /// <summary>ASCII symbols count as punctuation, as in BERT; beyond ASCII the Unicode P* categories do.</summary>
    internal static bool IsPunctuation(int cp)
    {
        if (cp < 0x80)
        {
            return cp is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126);
        }

        var category = cp <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
    }
}
