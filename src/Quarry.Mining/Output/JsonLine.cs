using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Quarry.Mining.Output;

/// <summary>Writes one compact JSON object per line; non-ASCII text stays as UTF-8 rather than \u escapes.</summary>
internal static class JsonLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void Append(StringBuilder into, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        into.Append(Encoding.UTF8.GetString(buffer.WrittenSpan)).Append('\n');
    }
}
