using System.Text;
using System.Text.Json;

namespace Quarry.Data.IO;

/// <summary>Reads named top-level members of a one-line JSON object (JSONL), skipping every other member.</summary>
internal static class JsonLine
{
    /// <summary>
    /// Fills <paramref name="values"/>[i] with the member named <paramref name="names"/>[i] (a string, or a number's text),
    /// or null when absent. Anything that is not one JSON object is an error naming the file and line.
    /// </summary>
    public static void Read(ReadOnlySpan<byte> line, ReadOnlySpan<string> names, Span<string?> values, string path, long number, TextDecoder decoder)
    {
        values.Clear();
        byte[]? repaired = null;
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            // Strict mode reports the bad byte; lenient mode parses the U+FFFD-replaced text, as for TSV inputs.
            repaired = Encoding.UTF8.GetBytes(decoder.Decode(line, number));
            line = repaired;
        }

        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = false });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InputFormatException(path, number, "expected a JSON object per line");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int index = IndexOf(ref reader, names);
                reader.Read();
                if (index < 0)
                {
                    reader.Skip();
                    continue;
                }

                values[index] = reader.TokenType switch
                {
                    JsonTokenType.String => decoder.Clean(reader.GetString()!),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.Null => null,
                    _ => throw new InputFormatException(path, number, $"expected field '{names[index]}' to be a string, found {Describe(reader.TokenType)}"),
                };
            }

            if (reader.Read())
            {
                throw new InputFormatException(path, number, "expected one JSON object per line, found more after it");
            }
        }
        catch (JsonException ex)
        {
            throw new InputFormatException(path, number, $"bad JSON at byte {(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }
    }

    /// <summary>The value of a required member, or an error naming it.</summary>
    public static string Require(string? value, string name, string path, long number) =>
        value ?? throw new InputFormatException(path, number, $"missing field '{name}'");

    private static int IndexOf(ref Utf8JsonReader reader, ReadOnlySpan<string> names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => token.ToString(),
    };

    /// <summary>The parser's message without its own position suffix (its line is always 0: it sees one line at a time).</summary>
    private static string FirstSentence(string message)
    {
        foreach (string marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }
}
