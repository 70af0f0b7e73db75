using System.Globalization;
using System.Text;

namespace Quarry.Neural.Tokenization;

/// <summary>
/// BERT text normalization in Hugging Face's order: drop control characters and map whitespace to spaces,
/// surround CJK ideographs with spaces, lower-case, then strip accents.
/// </summary>
internal sealed class BertNormalizer(WordPieceOptions options)
{
    private readonly bool _clean = options.CleanText;
    private readonly bool _chinese = options.HandleChineseChars;
    private readonly bool _lower = options.Lowercase;
    private readonly bool _strip = options.StripAccentsResolved;

    /// <summary>Appends the normalized form of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Normalize(ReadOnlySpan<char> text, ref CharBuffer output)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                // ASCII fast path: the common case on MS MARCO.
                if (c < 0x20 || c == 0x7F)
                {
                    if (c is '\t' or '\n' or '\r')
                    {
                        output.Append(' ');
                    }
                    else if (!_clean)
                    {
                        output.Append(c);
                    }

                    continue;
                }

                output.Append(_lower && c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }

            AppendNonAscii(codePoint, text, i, ref output);
        }
    }

    private void AppendNonAscii(int codePoint, ReadOnlySpan<char> text, int index, ref CharBuffer output)
    {
        if (_clean)
        {
            if (codePoint == 0xFFFD || IsControl(codePoint))
            {
                return;
            }

            if (IsWhitespace(codePoint))
            {
                output.Append(' ');
                return;
            }
        }

        bool chinese = _chinese && IsChineseChar(codePoint);
        if (chinese)
        {
            output.Append(' ');
        }

        if (_lower)
        {
            codePoint = ToLower(codePoint, text, index);
        }

        if (_strip)
        {
            AccentStripper.Append(codePoint, ref output);
        }
        else
        {
            output.Append(codePoint);
        }

        if (chinese)
        {
            output.Append(' ');
        }
    }

    private static int ToLower(int codePoint, ReadOnlySpan<char> text, int index)
    {
        switch (codePoint)
        {
            // Full case mapping: capital I with dot lowers to "i" + U+0307, whose mark accent stripping removes;
            // the runtime's invariant mapping leaves it unchanged.
            case 0x0130:
                return 'i';
            // Final sigma: a capital sigma ending a word lowers to the final form.
            case 0x03A3:
                return IsFinalSigma(text, index) ? 0x03C2 : 0x03C3;
            default:
                return Rune.ToLowerInvariant(new Rune(codePoint)).Value;
        }
    }

    private static bool IsFinalSigma(ReadOnlySpan<char> text, int index)
    {
        bool letterBefore = index > 0 && char.IsLetter(text[index - 1]);
        bool letterAfter = index + 1 < text.Length && char.IsLetter(text[index + 1]);
        return letterBefore && !letterAfter;
    }

    private static UnicodeCategory Category(int codePoint) =>
        codePoint <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint) : CharUnicodeInfo.GetUnicodeCategory(codePoint);

    private static bool IsControl(int codePoint) => Category(codePoint) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate;

    /// <summary>JavaScript's <c>\s</c> outside ASCII (the reference tokenizer's whitespace test).</summary>
    internal static bool IsWhitespace(int codePoint) => codePoint is 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A)
        or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 or 0xFEFF;

    private static bool IsChineseChar(int cp) =>
        cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
