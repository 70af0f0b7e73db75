using System.Text.Encodings.Web;
using System.Text.Json;

namespace Quarry.Data.IO;

/// <summary>Writes JSONL files atomically: one flat object of string members per line, UTF-8 left unescaped for readability.</summary>
internal static class JsonLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one object per item; <paramref name="members"/> lists (name, value) pairs, null values omitted.</summary>
    public static long WriteAll<T>(string path, IEnumerable<T> items, Func<T, IEnumerable<(string Name, string? Value)>> members)
    {
        using var output = new AtomicFileWriter(path);
        long count = 0;
        using (var json = new Utf8JsonWriter(output.Stream, Options))
        {
            count = WriteObjects(json, output.Stream, items, members);
        }

        output.Commit();
        return count;
    }

    private static long WriteObjects<T>(Utf8JsonWriter json, Stream stream, IEnumerable<T> items, Func<T, IEnumerable<(string Name, string? Value)>> members)
    {
        long count = 0;
        foreach (var item in items)
        {
            json.WriteStartObject();
            foreach (var (name, value) in members(item))
            {
                if (value is not null)
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
            count++;
        }

        return count;
    }
}
