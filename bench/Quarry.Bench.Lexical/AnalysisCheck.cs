using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Quarry.Bench.Lexical.Systems;
using Quarry.Lexical.Analysis;

namespace Quarry.Bench.Lexical;

/// <summary>
/// Differential check of the analysis chain against Lucene.NET 4.8 on random texts built from the characters whose
/// word-break rules did not change between Unicode 6.3 (Lucene 4.8's grammar) and 9.0 (Lucene 9's): letters, digits,
/// joiners and separators in adversarial mixes, Hebrew quotes, kana, ideographs, Thai and combining marks. Emoji and
/// tokens over 255 chars are left out: there Lucene 4.8 differs from Lucene 9 on purpose.
/// </summary>
internal static class AnalysisCheck
{
    private static readonly string[] Pieces =
    [
        "a", "e", "i", "o", "u", "y", "s", "b", "c", "d", "l", "n", "t", "r", "z", "ing", "ed", "es", "ies", "ation", "ness",
        "logi", "bli", "ement", "ful", "ize", "A", "S", "Y", "0", "1", "7", "'", "'s", "\u2019s", "\uFF07", ".", ",", "_", ":",
        ";", "-", "/", "\"", "\u2019", " ", " ", " ", "\u05D0", "\u05D1", "\u30AB", "\u30FC", "\u3072", "\u65E5", "\u0E01",
        "\u0E32", "\u0301", "\uFF11", "\u00E9", "\u03A3", "@", "#", "*", "\t",
    ];

    /// <summary>
    /// Counts, for every BMP code point c, whether "ab c 1 c" analyzes alike in both chains; prints the code points that do
    /// not. Differences are expected where Unicode changed a property between 6.3 and 9.0 and for emoji.
    /// </summary>
    public static int RunCodePoints(string derivedAge)
    {
        // Code points assigned after Unicode 6.3 (Lucene 4.8's grammar) are expected to differ: leave them out.
        var newer = new HashSet<int>();
        foreach (string line in File.ReadLines(derivedAge))
        {
            string[] f = line.Split('#')[0].Split(';');
            if (f.Length == 2 && double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture) > 6.3)
            {
                string[] r = f[0].Trim().Split("..");
                int first = Convert.ToInt32(r[0], 16);
                int last = r.Length > 1 ? Convert.ToInt32(r[1], 16) : first;
                for (int c = first; c <= last; c++)
                {
                    newer.Add(c);
                }
            }
        }

        var quarry = new EnglishAnalyzer();
        using var lucene = new LuceneSystem.AnseriniAnalyzer();
        var differing = new List<int>();
        var actual = new List<string>();
        for (int c = 0x20; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c) || newer.Contains(c))
            {
                continue;
            }

            string ch = ((char)c).ToString();
            string s = "ab" + ch + "cd " + ch + " 1" + ch + "2 x" + ch + ch + "y";
            actual.Clear();
            quarry.Analyze(s, actual);
            var expected = new List<string>();
            using (var stream = lucene.GetTokenStream("contents", s))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    expected.Add(term.ToString());
                }

                stream.End();
            }

            // Lucene.NET lower-cases with .NET, Quarry with Java's mappings: compare stemless terms case-insensitively.
            if (!expected.Select(t => t.ToLowerInvariant()).SequenceEqual(actual.Select(t => t.ToLowerInvariant())))
            {
                differing.Add(c);
            }
        }

        Console.Error.WriteLine($"code point check: {differing.Count} BMP code points differ: "
            + string.Join(' ', differing.Take(400).Select(c => c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
        return differing.Count;
    }

    /// <summary>Runs <paramref name="count"/> random texts; returns the number that differ (printing the first few).</summary>
    public static int Run(int count, int seed)
    {
        var random = new Random(seed);
        var quarry = new EnglishAnalyzer();
        using var lucene = new LuceneSystem.AnseriniAnalyzer();
        var expected = new List<string>();
        var actual = new List<string>();
        var text = new StringBuilder();
        int differing = 0;
        int known = 0;
        for (int n = 0; n < count; n++)
        {
            text.Clear();
            int pieces = random.Next(1, 40);
            for (int p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string s = text.ToString();
            actual.Clear();
            quarry.Analyze(s, actual);
            expected.Clear();
            using (var stream = lucene.GetTokenStream("contents", s))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    expected.Add(term.ToString());
                }

                stream.End();
            }

            if (!expected.SequenceEqual(actual) && (s.Contains("\u0E01\u0301", StringComparison.Ordinal) || s.Contains("\u0E32\u0301", StringComparison.Ordinal)))
            {
                // Lucene 9's grammar keeps marks on South-East Asian runs ({ComplexContextEx}); Lucene 4.8's drops them.
                known++;
            }
            else if (!expected.SequenceEqual(actual))
            {
                differing++;
                if (differing <= 10)
                {
                    Console.Error.WriteLine($"text   {Escape(s)}\nlucene {Escape(string.Join('|', expected))}\nquarry {Escape(string.Join('|', actual))}\n");
                }
            }
        }

        Console.Error.WriteLine($"analysis check: {differing} of {count} random texts differ from Lucene.NET 4.8 ({known} more by the known Lucene 4.8/9 difference)");
        return differing;
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            sb.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }
}
