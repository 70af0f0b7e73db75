namespace Quarry.Neural.Tokenization;

/// <summary>
/// BERT WordPiece tokenizer (uncased or cased) producing the ids Hugging Face's <c>tokenizers</c> produces:
/// normalization, whitespace and punctuation splitting, greedy longest-match-first pieces. Thread-safe.
/// </summary>
public sealed partial class WordPieceTokenizer
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _initial;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuation;
    private readonly int _maxInitialChars;
    private readonly int _maxContinuationChars;
    private readonly BertNormalizer _normalizer;
    private readonly (string Content, int Id)[] _specialTokens;

    /// <summary>Builds a tokenizer from a vocabulary in id order (line i of vocab.txt has id i).</summary>
    public WordPieceTokenizer(IReadOnlyList<string> vocabulary, WordPieceOptions? options = null)
    {
        Options = options ?? new WordPieceOptions();
        var initial = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        var continuation = new Dictionary<string, int>(StringComparer.Ordinal);
        string prefix = Options.ContinuationPrefix;
        for (int id = 0; id < vocabulary.Count; id++)
        {
            string token = vocabulary[id];
            if (!initial.TryAdd(token, id))
            {
                continue;
            }

            _maxInitialChars = Math.Max(_maxInitialChars, token.Length);
            if (prefix.Length > 0 && token.Length > prefix.Length && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                string rest = token[prefix.Length..];
                continuation.TryAdd(rest, id);
                _maxContinuationChars = Math.Max(_maxContinuationChars, rest.Length);
            }
        }

        _initial = initial.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuation = continuation.GetAlternateLookup<ReadOnlySpan<char>>();
        _normalizer = new BertNormalizer(Options);
        UnknownId = Require(initial, Options.UnknownToken);
        ClsId = Require(initial, Options.ClsToken);
        SepId = Require(initial, Options.SepToken);
        PadId = initial.TryGetValue(Options.PadToken, out int pad) ? pad : 0;
        VocabularySize = vocabulary.Count;
        _specialTokens = [.. new[] { Options.PadToken, Options.UnknownToken, Options.ClsToken, Options.SepToken, "[MASK]" }
            .Where(initial.ContainsKey).Distinct().Select(t => (t, initial[t]))];
    }

    /// <summary>The normalization and splitting settings.</summary>
    public WordPieceOptions Options { get; }

    /// <summary>Number of entries in the vocabulary.</summary>
    public int VocabularySize { get; }

    /// <summary>Id of the unknown token.</summary>
    public int UnknownId { get; }

    /// <summary>Id of the classification token that opens a sequence.</summary>
    public int ClsId { get; }

    /// <summary>Id of the separator token.</summary>
    public int SepId { get; }

    /// <summary>Id of the padding token (0 when the vocabulary has none).</summary>
    public int PadId { get; }

    /// <summary>
    /// Appends the WordPiece ids of <paramref name="text"/> (no [CLS]/[SEP]) to <paramref name="ids"/>, stopping once
    /// <paramref name="limit"/> ids were appended: a text longer than that is cut exactly as truncation would cut it.
    /// </summary>
    public void AppendPieces(ReadOnlySpan<char> text, List<int> ids, int limit = int.MaxValue)
    {
        int stopAt = limit == int.MaxValue ? int.MaxValue : ids.Count + limit;
        int specialLength = 0;
        int specialId = 0;
        int special = text.IndexOf('[') >= 0 ? FindSpecial(text, out specialLength, out specialId) : -1;
        while (special >= 0)
        {
            // Special tokens written literally in the text are matched before normalization, as added tokens are.
            AppendSegment(text[..special], ids, stopAt);
            if (ids.Count >= stopAt)
            {
                return;
            }

            ids.Add(specialId);
            text = text[(special + specialLength)..];
            special = FindSpecial(text, out specialLength, out specialId);
        }

        AppendSegment(text, ids, stopAt);
    }

    private void AppendSegment(ReadOnlySpan<char> text, List<int> ids, int stopAt)
    {
        if (text.IsEmpty || ids.Count >= stopAt)
        {
            return;
        }

        var normalized = new CharBuffer(text.Length + 16);
        try
        {
            _normalizer.Normalize(text, ref normalized);
            SplitAndLookUp(normalized.Span, ids, stopAt);
        }
        finally
        {
            normalized.Dispose();
        }

        if (ids.Count > stopAt)
        {
            ids.RemoveRange(stopAt, ids.Count - stopAt);
        }
    }

    private int FindSpecial(ReadOnlySpan<char> text, out int length, out int id)
    {
        int best = -1;
        length = 0;
        id = 0;
        foreach (var (content, tokenId) in _specialTokens)
        {
            int at = text.IndexOf(content, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = content.Length;
                id = tokenId;
            }
        }

        return best;
    }

    private static int Require(Dictionary<string, int> vocab, string token) =>
        vocab.TryGetValue(token, out int id) ? id : throw new ArgumentException($"the vocabulary has no {token} token");
}
