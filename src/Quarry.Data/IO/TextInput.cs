using System.IO.Compression;
using System.Text;

namespace Quarry.Data.IO;

/// <summary>Opens input files for reading: gzip is detected by magic bytes, text is UTF-8.</summary>
public static class TextInput
{
    /// <summary>Large buffers matter: the MS MARCO collection is 3 GB of text.</summary>
    public const int BufferSize = 1 << 16;

    /// <summary>Opens a byte stream, transparently decompressing gzip (detected by its magic bytes, not the extension).</summary>
    public static Stream OpenStream(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFormatException(path, 0, "file not found");
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        int read = file.Read(magic);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            return new BufferedStream(new GZipStream(file, CompressionMode.Decompress), BufferSize);
        }

        return file;
    }

    /// <summary>Opens a UTF-8 text reader (BOM skipped; invalid bytes become U+FFFD).</summary>
    public static StreamReader OpenReader(string path) =>
        new(OpenStream(path), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BufferSize);

    /// <summary>Enumerates the lines of a file with 1-based line numbers, streaming.</summary>
    public static IEnumerable<(long Number, string Text)> ReadLines(string path)
    {
        using var reader = OpenReader(path);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return (number, line);
        }
    }
}
