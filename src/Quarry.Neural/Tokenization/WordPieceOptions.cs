namespace Quarry.Neural.Tokenization;

/// <summary>How a BERT WordPiece tokenizer normalizes and splits text (the fields of HF's BertNormalizer and WordPiece model).</summary>
public sealed record WordPieceOptions
{
    /// <summary>Lower-case the text (uncased models). Default true.</summary>
    public bool Lowercase { get; init; } = true;

    /// <summary>Strip accents (NFD, nonspacing marks removed). Null follows <see cref="Lowercase"/>, as Hugging Face does.</summary>
    public bool? StripAccents { get; init; }

    /// <summary>Drop control characters and turn every whitespace character into a space. Default true.</summary>
    public bool CleanText { get; init; } = true;

    /// <summary>Put spaces around CJK ideographs so each becomes a word. Default true.</summary>
    public bool HandleChineseChars { get; init; } = true;

    /// <summary>The unknown token. Default <c>[UNK]</c>.</summary>
    public string UnknownToken { get; init; } = "[UNK]";

    /// <summary>Prefix of word-continuation pieces. Default <c>##</c>.</summary>
    public string ContinuationPrefix { get; init; } = "##";

    /// <summary>Words longer than this many code points become the unknown token. Default 100.</summary>
    public int MaxInputCharsPerWord { get; init; } = 100;

    /// <summary>The classification token that opens every sequence. Default <c>[CLS]</c>.</summary>
    public string ClsToken { get; init; } = "[CLS]";

    /// <summary>The separator token that closes every segment. Default <c>[SEP]</c>.</summary>
    public string SepToken { get; init; } = "[SEP]";

    /// <summary>The padding token. Default <c>[PAD]</c>.</summary>
    public string PadToken { get; init; } = "[PAD]";

    /// <summary>Whether accents are stripped once <see cref="StripAccents"/> defaults are resolved.</summary>
    internal bool StripAccentsResolved => StripAccents ?? Lowercase;
}
