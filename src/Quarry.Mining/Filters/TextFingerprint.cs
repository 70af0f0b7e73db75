namespace Quarry.Mining.Filters;

/// <summary>
/// What the duplicate filter compares: a hash of the normalised text (exact duplicates) and the sorted, distinct
/// hashes of its word shingles (near duplicates). Normalising lower-cases letters and treats every run of
/// characters that are not letters or digits as one word break, so spacing, punctuation and case never matter.
/// </summary>
public sealed class TextFingerprint
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private TextFingerprint(ulong exactHash, ulong[] shingles, int words)
    {
        ExactHash = exactHash;
        Shingles = shingles;
        WordCount = words;
    }

    /// <summary>FNV-1a 64 of the normalised words joined by single spaces.</summary>
    public ulong ExactHash { get; }

    /// <summary>Sorted distinct hashes of every run of <c>shingleSize</c> consecutive words (one shingle of all words when shorter).</summary>
    public ulong[] Shingles { get; }

    public int WordCount { get; }

    public static TextFingerprint Of(string text, int shingleSize)
    {
        var wordHashes = new List<ulong>(64);
        ulong exact = FnvOffset;
        ulong word = FnvOffset;
        bool inWord = false;
        foreach (char raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                char c = char.ToLowerInvariant(raw);
                if (!inWord && wordHashes.Count > 0)
                {
                    exact = (exact ^ ' ') * FnvPrime;
                }

                inWord = true;
                exact = (exact ^ c) * FnvPrime;
                word = (word ^ c) * FnvPrime;
            }
            else if (inWord)
            {
                wordHashes.Add(word);
                word = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            wordHashes.Add(word);
        }

        return new TextFingerprint(exact, ShinglesOf(wordHashes, Math.Max(1, shingleSize)), wordHashes.Count);
    }

    /// <summary>|A ∩ B| / |A ∪ B| of the two shingle sets; 1 when both texts have no words.</summary>
    public static double Jaccard(TextFingerprint a, TextFingerprint b)
    {
        ulong[] x = a.Shingles, y = b.Shingles;
        if (x.Length == 0 && y.Length == 0)
        {
            return 1.0;
        }

        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (x.Length + y.Length - common);
    }

    private static ulong[] ShinglesOf(List<ulong> words, int size)
    {
        if (words.Count == 0)
        {
            return [];
        }

        int count = Math.Max(1, words.Count - size + 1);
        var shingles = new ulong[count];
        for (int s = 0; s < count; s++)
        {
            ulong h = FnvOffset;
            for (int k = s; k < Math.Min(s + size, words.Count); k++)
            {
                // Mix each word hash in whole, so shingle ("ab","c") differs from ("a","bc").
                h = (h ^ words[k]) * FnvPrime;
                h ^= h >> 29;
            }

            shingles[s] = h;
        }

        Array.Sort(shingles);
        int distinct = 0;
        for (int s = 0; s < shingles.Length; s++)
        {
            if (distinct == 0 || shingles[s] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[s];
            }
        }

        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }
}
