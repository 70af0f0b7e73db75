using System.Globalization;
using System.Reflection;
using System.Text;

namespace Quarry.Neural.Tokenization;

/// <summary>
/// Unicode NFD followed by removal of nonspacing marks, one code point at a time, from a table built from the
/// Unicode canonical decompositions. The runtime's own normalization is unavailable under invariant globalization.
/// </summary>
internal static class AccentStripper
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;

    private static readonly Dictionary<int, string> Table = LoadTable();

    /// <summary>Appends the accent-stripped form of <paramref name="codePoint"/> to <paramref name="output"/>.</summary>
    public static void Append(int codePoint, ref CharBuffer output)
    {
        if (codePoint < 0xC0)
        {
            output.Append(codePoint);
            return;
        }

        if (codePoint - HangulBase is >= 0 and < HangulCount)
        {
            AppendHangul(codePoint - HangulBase, ref output);
            return;
        }

        if (Table.TryGetValue(codePoint, out string? replacement))
        {
            output.Append(replacement);
            return;
        }

        if (GetCategory(codePoint) != UnicodeCategory.NonSpacingMark)
        {
            output.Append(codePoint);
        }
    }

    private static UnicodeCategory GetCategory(int codePoint) =>
        codePoint <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint) : CharUnicodeInfo.GetUnicodeCategory(codePoint);

    // Hangul syllables decompose arithmetically into conjoining jamo (none of which are marks).
    private static void AppendHangul(int index, ref CharBuffer output)
    {
        output.Append(0x1100 + (index / 588));
        output.Append(0x1161 + (index % 588 / 28));
        int trailing = index % 28;
        if (trailing != 0)
        {
            output.Append(0x11A7 + trailing);
        }
    }

    private static Dictionary<int, string> LoadTable()
    {
        var table = new Dictionary<int, string>(2100);
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Quarry.Neural.strip-accents.txt")
            ?? throw new InvalidOperationException("accent table resource missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var sb = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int space = line.IndexOf(' ');
            int key = int.Parse(line.AsSpan(0, space), NumberStyles.HexNumber);
            sb.Clear();
            foreach (var part in line.AsSpan(space + 1).Split(','))
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(line.AsSpan(space + 1)[part], NumberStyles.HexNumber)));
            }

            table[key] = sb.ToString();
        }

        return table;
    }
}
