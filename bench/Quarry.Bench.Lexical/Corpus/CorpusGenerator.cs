using System.Text;

namespace Quarry.Bench.Lexical.Corpus;

/// <summary>
/// Writes a synthetic MS MARCO-like collection: each passage's length is drawn from the observed lengths, each word from
/// the observed vocabulary, or, with the unseen mass, from a Zipf tail of made-up words that continues the fitted curve.
/// Deterministic for a seed.
/// </summary>
internal sealed class CorpusGenerator
{
    private const int TailSize = 4_000_000;

    private static readonly string[] Syllables = BuildSyllables();

    private readonly CorpusModel _model;
    private readonly double[] _tailCumulative;

    public CorpusGenerator(CorpusModel model)
    {
        _model = model;

        // Tail rank r continues the observed ranks: weight (V + r)^-s.
        _tailCumulative = new double[TailSize];
        double sum = 0;
        int v = model.Words.Length;
        for (int r = 0; r < TailSize; r++)
        {
            sum += Math.Pow(v + r + 1, -model.ZipfExponent);
            _tailCumulative[r] = sum;
        }
    }

    /// <summary>Writes <paramref name="count"/> passages `pid&lt;TAB&gt;text` to <paramref name="path"/>.</summary>
    public void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        string temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            var line = new StringBuilder();
            for (int pid = 0; pid < count; pid++)
            {
                line.Clear().Append(pid).Append('\t');
                int length = _model.Lengths[random.Next(_model.Lengths.Length)];
                for (int w = 0; w < length; w++)
                {
                    if (w > 0)
                    {
                        line.Append(' ');
                    }

                    AppendWord(line, random);
                }

                writer.Write(line);
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    private void AppendWord(StringBuilder line, Random random)
    {
        if (random.NextDouble() < _model.UnseenMass)
        {
            int rank = Array.BinarySearch(_tailCumulative, random.NextDouble() * _tailCumulative[^1]);
            AppendMadeUpWord(line, rank < 0 ? ~rank : rank);
            return;
        }

        long[] cumulative = _model.Cumulative;
        int index = Array.BinarySearch(cumulative, random.NextInt64(cumulative[^1]) + 1);
        line.Append(_model.Words[index < 0 ? ~index : index]);
    }

    /// <summary>A pronounceable word for a tail rank: its digits in base 105 as consonant-vowel syllables, at least three.</summary>
    private static void AppendMadeUpWord(StringBuilder line, int rank)
    {
        int value = rank;
        int syllables = 0;
        while (syllables < 3 || value > 0)
        {
            line.Append(Syllables[value % Syllables.Length]);
            value /= Syllables.Length;
            syllables++;
        }
    }

    private static string[] BuildSyllables()
    {
        const string consonants = "bcdfghjklmnpqrstvwxyz";
        const string vowels = "aeiou";
        var list = new List<string>();
        foreach (char c in consonants)
        {
            foreach (char v in vowels)
            {
                list.Add(string.Concat(c, v));
            }
        }

        return list.ToArray();
    }
}
