namespace Quarry.Neural.Tokenization;

/// <summary>Greedy longest-match-first WordPiece segmentation of one pre-tokenized word.</summary>
public sealed partial class WordPieceTokenizer
{
    private void AppendWord(ReadOnlySpan<char> word, List<int> ids)
    {
        if (word.Length > Options.MaxInputCharsPerWord && CountCodePoints(word) > Options.MaxInputCharsPerWord)
        {
            ids.Add(UnknownId);
            return;
        }

        int mark = ids.Count;
        int start = 0;
        while (start < word.Length)
        {
            bool first = start == 0;
            int end = Math.Min(word.Length, start + (first ? _maxInitialChars : _maxContinuationChars));
            int found = -1;
            while (end > start)
            {
                // Never cut a surrogate pair in two.
                if (end < word.Length && char.IsLowSurrogate(word[end]) && char.IsHighSurrogate(word[end - 1]))
                {
                    end--;
                    continue;
                }

                var piece = word[start..end];
                if (first ? _initial.TryGetValue(piece, out int id) : _continuation.TryGetValue(piece, out id))
                {
                    found = id;
                    break;
                }

                end--;
            }

            if (found < 0)
            {
                // One unmatched position makes the whole word unknown.
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(UnknownId);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    private static int CountCodePoints(ReadOnlySpan<char> word)
    {
        int count = word.Length;
        for (int i = 1; i < word.Length; i++)
        {
            if (char.IsLowSurrogate(word[i]) && char.IsHighSurrogate(word[i - 1]))
            {
                count--;
            }
        }

        return count;
    }
}
