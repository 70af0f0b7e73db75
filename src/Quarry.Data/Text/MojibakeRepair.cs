using System.Text;

namespace Quarry.Data.Text;

/// <summary>
/// Undoes MS MARCO's double-encoded UTF-8: passages whose UTF-8 bytes were read as Latin-1 and encoded again,
/// so that ’ (E2 80 99) appears as the three characters â U+0080 U+0099.
/// </summary>
/// <remarks>
/// The repair is applied only where it is unambiguous:
/// <list type="bullet">
/// <item>a text holding any character above U+00FF is left alone: double encoding through Latin-1 cannot produce one,
/// so such a text was decoded correctly;</item>
/// <item>inside a text, a run of characters is replaced only when, read as Latin-1 bytes, it forms one complete, valid,
/// shortest-form UTF-8 sequence of two to four bytes (lead U+00C2..U+00F4, continuations U+0080..U+00BF).
/// Sequences that lost a byte (MS MARCO copies that dropped the C1 controls, or whitespace normalization that turned
/// U+0085 or U+00A0 into a space) are kept as given, as is a lone accented letter such as the é of "café".</item>
/// </list>
/// </remarks>
public static class MojibakeRepair
{
    /// <summary>Returns the repaired text, or the same instance when nothing needed (or allowed) a repair.</summary>
    public static string Repair(string text)
    {
        int first = IndexOfCandidate(text);
        if (first < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        int copied = 0;
        for (int i = first; i < text.Length; i++)
        {
            int length = SequenceLength(text, i, out int codePoint);
            if (length == 0)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied);
            if (codePoint > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                builder.Append((char)codePoint);
            }

            i += length - 1;
            copied = i + 1;
        }

        if (builder is null)
        {
            return text;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds at least one sequence that <see cref="Repair"/> would replace.</summary>
    public static bool NeedsRepair(string text)
    {
        int first = IndexOfCandidate(text);
        if (first < 0)
        {
            return false;
        }

        for (int i = first; i < text.Length; i++)
        {
            if (SequenceLength(text, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>First index of a possible lead character, or -1 when the text is ASCII or holds a character above U+00FF.</summary>
    /// <remarks>Three vectorized scans: most MS MARCO passages are pure ASCII and leave after the first.</remarks>
    private static int IndexOfCandidate(string text)
    {
        var span = text.AsSpan();
        int nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007F');
        if (nonAscii < 0 || span[nonAscii..].IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return -1;
        }

        int lead = span[nonAscii..].IndexOfAnyInRange('\u00C2', '\u00F4');
        return lead < 0 ? -1 : nonAscii + lead;
    }

    /// <summary>Length of the valid UTF-8 sequence (as Latin-1 characters) starting at <paramref name="i"/>, or 0.</summary>
    private static int SequenceLength(string text, int i, out int codePoint)
    {
        codePoint = 0;
        char lead = text[i];
        int length = lead switch
        {
            >= '\u00C2' and <= '\u00DF' => 2,
            >= '\u00E0' and <= '\u00EF' => 3,
            >= '\u00F0' and <= '\u00F4' => 4,
            _ => 0,
        };
        if (length == 0 || i + length > text.Length)
        {
            return 0;
        }

        // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
        char second = text[i + 1];
        (char low, char high) = lead switch
        {
            '\u00E0' => ('\u00A0', '\u00BF'),
            '\u00ED' => ('\u0080', '\u009F'),
            '\u00F0' => ('\u0090', '\u00BF'),
            '\u00F4' => ('\u0080', '\u008F'),
            _ => ('\u0080', '\u00BF'),
        };
        if (second < low || second > high)
        {
            return 0;
        }

        int value = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++)
        {
            char c = text[i + k];
            if (c is < '\u0080' or > '\u00BF')
            {
                return 0;
            }

            value = (value << 6) | (c & 0x3F);
        }

        codePoint = value;
        return length;
    }
}
