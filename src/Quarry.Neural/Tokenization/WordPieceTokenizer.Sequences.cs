namespace Quarry.Neural.Tokenization;

/// <summary>Model inputs: [CLS] text [SEP] for one text, [CLS] a [SEP] b [SEP] with token types for a pair, truncated.</summary>
public sealed partial class WordPieceTokenizer
{
    /// <summary>The ids of <c>[CLS] text [SEP]</c>, the text truncated so the whole is at most <paramref name="maxLength"/>.</summary>
    public int[] Encode(string text, int maxLength = 512, Truncation truncation = Truncation.LongestFirst)
    {
        var ids = new List<int>(Math.Min(maxLength, text.Length / 3 + 8));
        if (truncation == Truncation.CutSequence)
        {
            ids.Add(ClsId);
            AppendPieces(text, ids, maxLength - 1);
            if (ids.Count < maxLength)
            {
                ids.Add(SepId);
            }

            return [.. ids];
        }

        AppendEncoded(text, ids, maxLength);
        return [.. ids];
    }

    /// <summary>Appends the ids of <c>[CLS] text [SEP]</c> (at most <paramref name="maxLength"/> in all) to <paramref name="ids"/>.</summary>
    public void AppendEncoded(ReadOnlySpan<char> text, List<int> ids, int maxLength = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        ids.Add(ClsId);
        AppendPieces(text, ids, maxLength - 2);
        ids.Add(SepId);
    }

    /// <summary>
    /// <c>[CLS] first [SEP] second [SEP]</c> with token type ids 0 for the first segment and 1 for the second,
    /// cut to <paramref name="maxLength"/> with longest-first truncation.
    /// </summary>
    public TokenizedPair EncodePair(string first, string second, int maxLength = 512, Truncation truncation = Truncation.LongestFirst)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 3);
        if (truncation == Truncation.CutSequence)
        {
            return EncodePairCut(first, second, maxLength);
        }

        int budget = maxLength - 3;
        var a = new List<int>(Math.Min(budget, first.Length / 3 + 8));
        var b = new List<int>(Math.Min(budget, second.Length / 3 + 8));

        // Neither segment can keep more than the whole budget, so neither needs tokenizing past it.
        AppendPieces(first, a, budget);
        AppendPieces(second, b, budget);
        var (keepA, keepB) = LongestFirst(a.Count, b.Count, budget);

        int total = keepA + keepB + 3;
        var ids = new int[total];
        var types = new int[total];
        ids[0] = ClsId;
        a.CopyTo(0, ids, 1, keepA);
        ids[keepA + 1] = SepId;
        b.CopyTo(0, ids, keepA + 2, keepB);
        ids[total - 1] = SepId;
        types.AsSpan(keepA + 2).Fill(1);
        return new TokenizedPair(ids, types);
    }

    private TokenizedPair EncodePairCut(string first, string second, int maxLength)
    {
        var ids = new List<int>(maxLength) { ClsId };
        AppendPieces(first, ids, maxLength - 1);
        int firstEnd = ids.Count;
        ids.Add(SepId);
        AppendPieces(second, ids, Math.Max(0, maxLength - ids.Count));
        ids.Add(SepId);
        int total = Math.Min(ids.Count, maxLength);
        var types = new int[total];
        if (firstEnd + 1 < total)
        {
            types.AsSpan(firstEnd + 1).Fill(1);
        }

        return new TokenizedPair([.. ids.Take(total)], types);
    }

    /// <summary>
    /// Hugging Face's longest-first rule: when both segments exceed half the budget they get half each,
    /// the longer one (the second on a tie) taking the odd token; otherwise the longer one is cut to what remains.
    /// </summary>
    internal static (int First, int Second) LongestFirst(int first, int second, int budget)
    {
        if (first + second <= budget)
        {
            return (first, second);
        }

        bool swap = first > second;
        int shorter = swap ? second : first;
        int longer;
        if (shorter > budget)
        {
            longer = shorter;
        }
        else
        {
            longer = Math.Max(shorter, budget - shorter);
        }

        if (shorter + longer > budget)
        {
            shorter = budget / 2;
            longer = shorter + (budget % 2);
        }

        return swap ? (longer, shorter) : (shorter, longer);
    }
}

/// <summary>How a sequence longer than the maximum length is cut.</summary>
public enum Truncation
{
    /// <summary>
    /// Hugging Face <c>tokenizers</c> (Python and Rust) behaviour, the one models are trained with: segments are cut,
    /// the longer first, and the special tokens are always kept.
    /// </summary>
    LongestFirst,

    /// <summary>
    /// transformers.js 3.x behaviour: the assembled sequence, special tokens included, is cut at the maximum length,
    /// so a truncated sequence loses its final [SEP].
    /// </summary>
    CutSequence,
}

/// <summary>Token ids and token type ids of a (query, passage) pair as a cross-encoder reads it.</summary>
public sealed record TokenizedPair(int[] Ids, int[] TypeIds);
