using System.IO.Compression;
using System.Text;
using Quarry.Lexical.Analysis.Tokenization;

namespace Quarry.Bench.Lexical.Corpus;

/// <summary>
/// Word and length statistics fitted on real passages: the observed words with their frequencies, the probability of a
/// word never seen in the sample (Good-Turing: hapaxes / tokens), the Zipf exponent of the rank-frequency curve, and
/// the observed passage lengths in words.
/// </summary>
internal sealed class CorpusModel
{
    private CorpusModel(string[] words, long[] cumulative, double unseenMass, double zipfExponent, int[] lengths)
    {
        Words = words;
        Cumulative = cumulative;
        UnseenMass = unseenMass;
        ZipfExponent = zipfExponent;
        Lengths = lengths;
    }

    /// <summary>Observed surface words, most frequent first.</summary>
    public string[] Words { get; }

    /// <summary>Cumulative counts of <see cref="Words"/>.</summary>
    public long[] Cumulative { get; }

    /// <summary>Probability that a word is outside the observed vocabulary.</summary>
    public double UnseenMass { get; }

    /// <summary>s in frequency ~ rank^-s, fitted by least squares on log-log over the mid ranks.</summary>
    public double ZipfExponent { get; }

    /// <summary>Observed passage lengths in words, clamped to [10, 200].</summary>
    public int[] Lengths { get; }

    public double MeanLength => Lengths.Average();

    /// <summary>Fits the model on `id&lt;TAB&gt;text` lines; words are the standard tokenizer's surface tokens.</summary>
    public static CorpusModel Fit(string path)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var lengths = new List<int>();
        using Stream file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var tokenizer = new StandardTokenizer(line.AsSpan(tab + 1));
            int n = 0;
            while (tokenizer.MoveNext())
            {
                string word = new(tokenizer.Current);
                counts[word] = counts.GetValueOrDefault(word) + 1;
                n++;
            }

            lengths.Add(Math.Clamp(n, 10, 200));
        }

        var ranked = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var cumulative = new long[ranked.Length];
        long total = 0;
        for (int i = 0; i < ranked.Length; i++)
        {
            total += ranked[i].Value;
            cumulative[i] = total;
        }

        long hapaxes = ranked.LongCount(p => p.Value == 1);
        return new CorpusModel(
            ranked.Select(p => p.Key).ToArray(),
            cumulative,
            (double)hapaxes / total,
            FitZipf(ranked.Select(p => p.Value).ToArray()),
            lengths.ToArray());
    }

    private static double FitZipf(long[] frequencies)
    {
        // Ranks 10 .. last rank seen at least 3 times: the head is flattened by stop words, the end by sampling.
        int end = Array.FindLastIndex(frequencies, f => f >= 3);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int r = 10; r <= end; r++)
        {
            double x = Math.Log(r + 1);
            double y = Math.Log(frequencies[r]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            n++;
        }

        double slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return -slope;
    }
}
