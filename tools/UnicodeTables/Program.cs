using System.Globalization;
using System.Text;

// Generates src/Quarry.Lexical/Analysis/Tokenization/CharClassData.g.cs and
// src/Quarry.Lexical/Analysis/Filters/LowerCaseData.g.cs from the Unicode Character Database.
//
// Usage: dotnet run --project tools/UnicodeTables -- UCD_DIR REPO_ROOT
// UCD_DIR holds UnicodeData.txt, DerivedAge.txt, Scripts.txt, LineBreak.txt,
// auxiliary/WordBreakProperty.txt and emoji/emoji-data.txt (Debian: package unicode-data, /usr/share/unicode).
//
// Lucene 9's StandardTokenizer is compiled by JFlex for Unicode 9.0 with emoji data 11.0. Newer UCD files are
// narrowed to those versions: a code point assigned after 9.0 is word-break Other, after 11.0 not an emoji.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: UnicodeTables UCD_DIR REPO_ROOT");
    return 2;
}

string ucd = args[0];
string root = args[1];
var age = Ucd.LoadAges(Path.Combine(ucd, "DerivedAge.txt"));
var table = new CharClassBuilder(age).Build(ucd);
File.WriteAllText(
    Path.Combine(root, "src/Quarry.Lexical/Analysis/Tokenization/CharClassData.g.cs"),
    Emit.CharClasses(table, Ucd.Header(Path.Combine(ucd, "auxiliary/WordBreakProperty.txt"))));
File.WriteAllText(
    Path.Combine(root, "src/Quarry.Lexical/Analysis/Filters/LowerCaseData.g.cs"),
    Emit.LowerCase(Ucd.LowerCaseMap(Path.Combine(ucd, "UnicodeData.txt")), Ucd.Header(Path.Combine(ucd, "DerivedAge.txt"))));
Console.WriteLine("tables written");
return 0;

/// <summary>Parsers for the UCD text formats.</summary>
internal static class Ucd
{
    public static string Header(string file) => File.ReadLines(file).First().TrimStart('#', ' ');

    /// <summary>Yields (first, last, value) for each `XXXX..YYYY ; value` line.</summary>
    public static IEnumerable<(int First, int Last, string Value)> Ranges(string file)
    {
        foreach (string raw in File.ReadLines(file))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            string[] parts = line.Split(';');
            string cps = parts[0].Trim();
            string value = parts[1].Trim();
            int dots = cps.IndexOf("..", StringComparison.Ordinal);
            int first = int.Parse(dots < 0 ? cps : cps[..dots], NumberStyles.HexNumber);
            int last = dots < 0 ? first : int.Parse(cps[(dots + 2)..], NumberStyles.HexNumber);
            yield return (first, last, value);
        }
    }

    public static double[] LoadAges(string file)
    {
        var ages = new double[0x110000];
        Array.Fill(ages, double.MaxValue);
        foreach (var (first, last, value) in Ranges(file))
        {
            double v = double.Parse(value, CultureInfo.InvariantCulture);
            for (int c = first; c <= last; c++)
            {
                ages[c] = v;
            }
        }

        return ages;
    }

    public static SortedDictionary<int, int> LowerCaseMap(string file)
    {
        var map = new SortedDictionary<int, int>();
        foreach (string line in File.ReadLines(file))
        {
            string[] f = line.Split(';');
            if (f[13].Length > 0)
            {
                map[int.Parse(f[0], NumberStyles.HexNumber)] = int.Parse(f[13], NumberStyles.HexNumber);
            }
        }

        return map;
    }
}

/// <summary>Computes the packed class of every code point.</summary>
internal sealed class CharClassBuilder(double[] age)
{
    // Word-break kinds (low 4 bits); must match Quarry.Lexical.Analysis.Tokenization.WordBreak.
    private const int ALetter = 1, HebrewLetter = 2, Numeric = 3, Katakana = 4, ExtendNumLet = 5, MidLetter = 6,
        MidNum = 7, MidNumLet = 8, SingleQuote = 9, DoubleQuote = 10, Extend = 11, PresentationSelector = 12, Zwj = 13,
        RegionalIndicator = 14;

    // Flags; must match Quarry.Lexical.Analysis.Tokenization.CharFlags.
    private const int EmojiChar = 0x10, EmojiModifier = 0x20, EmojiModifierBase = 0x40, Han = 0x80, Hiragana = 0x100,
        ComplexContext = 0x200;

    public int[] Build(string ucd)
    {
        var cls = new int[0x110000];
        foreach (var (first, last, value) in Ucd.Ranges(Path.Combine(ucd, "auxiliary/WordBreakProperty.txt")))
        {
            int kind = value switch
            {
                "ALetter" => ALetter,
                "Hebrew_Letter" => HebrewLetter,
                "Numeric" => Numeric,
                "Katakana" => Katakana,
                "ExtendNumLet" => ExtendNumLet,
                "MidLetter" => MidLetter,
                "MidNum" => MidNum,
                "MidNumLet" => MidNumLet,
                "Single_Quote" => SingleQuote,
                "Double_Quote" => DoubleQuote,
                "Extend" or "Format" => Extend,
                "ZWJ" => Zwj,
                "Regional_Indicator" => RegionalIndicator,
                _ => 0,
            };
            for (int c = first; c <= last; c++)
            {
                if (age[c] <= 9.0)
                {
                    cls[c] = kind;
                }
            }
        }

        cls[0xFE0E] = PresentationSelector;
        cls[0xFE0F] = PresentationSelector;

        // Fullwidth digits count as Numeric in Lucene's grammar ([\p{WB:Numeric}[\p{Blk:HalfAndFullForms}&&\p{Nd}]]).
        for (int c = 0xFF10; c <= 0xFF19; c++)
        {
            cls[c] = Numeric;
        }

        var emoji = new HashSet<int>();
        var pictographic = new HashSet<int>();
        foreach (var (first, last, value) in Ucd.Ranges(Path.Combine(ucd, "emoji/emoji-data.txt")))
        {
            for (int c = first; c <= last; c++)
            {
                bool known = age[c] <= 11.0;
                switch (value)
                {
                    case "Emoji" when known:
                        emoji.Add(c);
                        break;
                    case "Emoji_Modifier" when known:
                        cls[c] |= EmojiModifier;

                        // Unicode 9 gives the skin-tone modifiers WB=E_Modifier; later versions fold them into Extend.
                        cls[c] &= ~0xF;
                        break;
                    case "Emoji_Modifier_Base" when known:
                        cls[c] |= EmojiModifierBase;
                        break;
                    case "Extended_Pictographic":
                        pictographic.Add(c);
                        break;
                    default:
                        break;
                }
            }
        }

        // EmojiChar = Extended_Pictographic | (Emoji - [RI, 0-9#*, accidental emoji, Emoji_Modifier]).
        foreach (int c in emoji)
        {
            bool rkam = (c >= 0x1F1E6 && c <= 0x1F1FF) || (c >= '0' && c <= '9') || c == '#' || c == '*'
                || c == 0xA9 || c == 0xAE || c == 0x2122 || c == 0x3030 || c == 0x303D || (cls[c] & EmojiModifier) != 0;
            if (!rkam)
            {
                cls[c] |= EmojiChar;
            }
        }

        foreach (int c in pictographic)
        {
            cls[c] |= EmojiChar;
        }

        foreach (var (first, last, value) in Ucd.Ranges(Path.Combine(ucd, "Scripts.txt")))
        {
            int flag = value switch { "Han" => Han, "Hiragana" => Hiragana, _ => 0 };
            for (int c = first; c <= last && flag != 0; c++)
            {
                if (age[c] <= 9.0)
                {
                    cls[c] |= flag;
                }
            }
        }

        foreach (var (first, last, value) in Ucd.Ranges(Path.Combine(ucd, "LineBreak.txt")))
        {
            for (int c = first; c <= last && value == "SA"; c++)
            {
                if (age[c] <= 9.0)
                {
                    cls[c] |= ComplexContext;
                }
            }
        }

        return cls;
    }
}

/// <summary>Writes the generated C# files.</summary>
internal static class Emit
{
    public static string CharClasses(int[] cls, string source)
    {
        var ranges = new List<(int Start, int Value)>();
        for (int c = 0; c < cls.Length; c++)
        {
            if (c == 0 || cls[c] != cls[c - 1])
            {
                ranges.Add((c, cls[c]));
            }
        }

        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n// Generated by tools/UnicodeTables from ").Append(source)
          .Append(", narrowed to Unicode 9.0 word-break data and emoji 11.0 data. Do not edit.\n// </auto-generated>\n");
        sb.Append("namespace Quarry.Lexical.Analysis.Tokenization;\n\n");
        sb.Append("internal static partial class CharClasses\n{\n");
        sb.Append("    /// <summary>Range starts (high 21 bits, shifted left by 11) and packed classes (low 11 bits), sorted; a range runs to the next start.</summary>\n");
        sb.Append("    private static ReadOnlySpan<uint> Ranges =>\n    [");
        for (int i = 0; i < ranges.Count; i++)
        {
            sb.Append(i % 8 == 0 ? "\n        " : " ");
            sb.Append("0x").Append((((uint)ranges[i].Start << 11) | (uint)ranges[i].Value).ToString("X8", CultureInfo.InvariantCulture)).Append(',');
        }

        sb.Append("\n    ];\n}\n");
        return sb.ToString();
    }

    public static string LowerCase(SortedDictionary<int, int> map, string source)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated>\n// Generated by tools/UnicodeTables from UnicodeData.txt (").Append(source)
          .Append("), simple lower-case mappings. Do not edit.\n// </auto-generated>\n");
        sb.Append("namespace Quarry.Lexical.Analysis.Filters;\n\n");
        sb.Append("public static partial class LowerCase\n{\n");
        sb.Append("    /// <summary>Pairs of (code point, its simple lower-case mapping), sorted by code point.</summary>\n");
        sb.Append("    private static ReadOnlySpan<int> Pairs =>\n    [");
        int i = 0;
        foreach (var (from, to) in map)
        {
            sb.Append(i++ % 8 == 0 ? "\n        " : " ");
            sb.Append("0x").Append(from.ToString("X", CultureInfo.InvariantCulture)).Append(", 0x")
              .Append(to.ToString("X", CultureInfo.InvariantCulture)).Append(',');
        }

        sb.Append("\n    ];\n}\n");
        return sb.ToString();
    }
}
