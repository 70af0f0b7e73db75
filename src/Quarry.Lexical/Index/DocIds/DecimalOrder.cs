namespace Quarry.Lexical.Index.DocIds;

/// <summary>The byte order of the decimal strings "0".."N-1" ("0" &lt; "1" &lt; "10" &lt; "100" &lt; ... &lt; "11"), computed without strings.</summary>
internal static class DecimalOrder
{
    /// <summary>Sets <c>ranks[n]</c> to the position of n's decimal string among those of 0..ranks.Length-1.</summary>
    public static void Ranks(Span<int> ranks)
    {
        int count = ranks.Length;
        if (count == 0)
        {
            return;
        }

        // "0" is first; the others follow in preorder of the decimal trie rooted at 1..9: a number's children are
        // number × 10 + 0..9, and each string comes before its extensions.
        ranks[0] = 0;
        long current = 1;
        for (int rank = 1; rank < count; rank++)
        {
            ranks[(int)current] = rank;
            if (current * 10 < count)
            {
                current *= 10;
                continue;
            }

            while (current % 10 == 9 || current + 1 >= count)
            {
                current /= 10;
            }

            current++;
        }
    }
}
