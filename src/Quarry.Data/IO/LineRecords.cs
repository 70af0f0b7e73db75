namespace Quarry.Data.IO;

/// <summary>Parses one non-blank line into a record; <paramref name="number"/> is its 1-based line number.</summary>
internal delegate T LineParser<out T>(ReadOnlySpan<byte> line, long number, TextDecoder decoder);

/// <summary>The loop every line-per-record reader shares: stream, skip blank lines, parse, refuse empty files.</summary>
internal static class LineRecords
{
    /// <summary>Streams the records of <paramref name="path"/>; <paramref name="expected"/> names the format in the empty-file error.</summary>
    public static IEnumerable<T> Read<T>(string path, ReadOptions? options, string expected, LineParser<T> parse)
    {
        var decoder = new TextDecoder(path, options);
        using var reader = LineReader.Open(path);
        bool any = false;
        while (reader.TryReadLine(out var line))
        {
            if (IsBlank(line))
            {
                continue;
            }

            T record = parse(line, reader.LineNumber, decoder);
            any = true;
            yield return record;
        }

        if (!any)
        {
            throw new InputFormatException(path, 0, $"the file is empty (expected {expected})");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IsEmpty || line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;
}
