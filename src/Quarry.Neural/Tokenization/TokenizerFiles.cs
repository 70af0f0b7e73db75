using System.Text.Json;
using Quarry.Data.IO;

namespace Quarry.Neural.Tokenization;

/// <summary>
/// Loads a BERT WordPiece tokenizer as Hugging Face saves it: <c>tokenizer.json</c> (preferred), or
/// <c>vocab.txt</c> with the casing taken from <c>tokenizer_config.json</c> when present.
/// </summary>
public static class TokenizerFiles
{
    /// <summary>Whether <paramref name="directory"/> holds a tokenizer this loader can read.</summary>
    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(directory, "tokenizer.json")) || File.Exists(Path.Combine(directory, "vocab.txt"));

    /// <summary>Loads from a folder, a <c>tokenizer.json</c> or a <c>vocab.txt</c>; <paramref name="lowercase"/> overrides the saved casing.</summary>
    public static WordPieceTokenizer Load(string path, bool? lowercase = null)
    {
        if (Directory.Exists(path))
        {
            string json = Path.Combine(path, "tokenizer.json");
            string vocab = Path.Combine(path, "vocab.txt");
            if (File.Exists(json))
            {
                return FromTokenizerJson(json, lowercase);
            }

            if (File.Exists(vocab))
            {
                return FromVocabTxt(vocab, lowercase);
            }

            throw new InputFormatException(path, 0, "no tokenizer in this folder: expected tokenizer.json or vocab.txt");
        }

        if (!File.Exists(path))
        {
            throw new InputFormatException(path, 0, "tokenizer not found: expected a folder, tokenizer.json or vocab.txt");
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromTokenizerJson(path, lowercase) : FromVocabTxt(path, lowercase);
    }

    /// <summary>Reads a WordPiece <c>tokenizer.json</c> (BertNormalizer, WordPiece model).</summary>
    public static WordPieceTokenizer FromTokenizerJson(string path, bool? lowercase = null)
    {
        using var doc = ParseJson(path);
        var root = doc.RootElement;
        if (!root.TryGetProperty("model", out var model) || model.GetPropertyOrNull("type") is not (null or "WordPiece")
            || !model.TryGetProperty("vocab", out var vocabJson) || vocabJson.ValueKind != JsonValueKind.Object)
        {
            throw new InputFormatException(path, 0, "expected a WordPiece model with a vocab object (a BERT tokenizer.json)");
        }

        var pairs = new List<(string Token, int Id)>();
        foreach (var entry in vocabJson.EnumerateObject())
        {
            pairs.Add((entry.Name, entry.Value.GetInt32()));
        }

        var vocab = new string[pairs.Count == 0 ? 0 : pairs.Max(p => p.Id) + 1];
        Array.Fill(vocab, "");
        foreach (var (token, id) in pairs)
        {
            vocab[id] = token;
        }

        var options = new WordPieceOptions();
        if (!root.TryGetProperty("normalizer", out var norm) || norm.ValueKind == JsonValueKind.Null)
        {
            // No normalizer at all: the text is split as it is.
            options = options with { Lowercase = false, StripAccents = false, CleanText = false, HandleChineseChars = false };
        }
        else if (norm.ValueKind == JsonValueKind.Object)
        {
            options = options with
            {
                Lowercase = norm.GetBoolOrNull("lowercase") ?? true,
                StripAccents = norm.GetBoolOrNull("strip_accents"),
                CleanText = norm.GetBoolOrNull("clean_text") ?? true,
                HandleChineseChars = norm.GetBoolOrNull("handle_chinese_chars") ?? true,
            };
        }

        options = options with
        {
            UnknownToken = model.GetPropertyOrNull("unk_token") ?? options.UnknownToken,
            ContinuationPrefix = model.GetPropertyOrNull("continuing_subword_prefix") ?? options.ContinuationPrefix,
            MaxInputCharsPerWord = model.TryGetProperty("max_input_chars_per_word", out var max) && max.ValueKind == JsonValueKind.Number
                ? max.GetInt32() : options.MaxInputCharsPerWord,
        };
        if (lowercase is bool lower)
        {
            options = options with { Lowercase = lower };
        }

        return Create(path, vocab, options);
    }

    /// <summary>Reads a <c>vocab.txt</c> (one token per line, line i has id i); casing from a sibling <c>tokenizer_config.json</c>.</summary>
    public static WordPieceTokenizer FromVocabTxt(string path, bool? lowercase = null)
    {
        var vocab = File.ReadAllLines(path).Select(l => l.TrimEnd('\r')).ToList();
        if (vocab.Count > 0 && vocab[^1].Length == 0)
        {
            vocab.RemoveAt(vocab.Count - 1);
        }

        var options = new WordPieceOptions();
        string config = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "tokenizer_config.json");
        if (File.Exists(config))
        {
            using var doc = ParseJson(config);
            options = options with
            {
                Lowercase = doc.RootElement.GetBoolOrNull("do_lower_case") ?? true,
                StripAccents = doc.RootElement.GetBoolOrNull("strip_accents"),
                HandleChineseChars = doc.RootElement.GetBoolOrNull("tokenize_chinese_chars") ?? true,
            };
        }

        if (lowercase is bool lower)
        {
            options = options with { Lowercase = lower };
        }

        return Create(path, vocab, options);
    }

    private static WordPieceTokenizer Create(string path, IReadOnlyList<string> vocab, WordPieceOptions options)
    {
        try
        {
            return new WordPieceTokenizer(vocab, options);
        }
        catch (ArgumentException ex)
        {
            throw new InputFormatException(path, 0, ex.Message);
        }
    }

    internal static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new InputFormatException(path, (ex.LineNumber ?? -1) + 1, "invalid JSON: " + ex.Message);
        }
    }
}
