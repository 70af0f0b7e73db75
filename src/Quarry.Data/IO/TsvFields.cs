using System.Text;

namespace Quarry.Data.IO;

/// <summary>Splits a TSV line's bytes into a fixed number of fields, with an error that says what was expected.</summary>
internal static class TsvFields
{
    /// <summary>
    /// Fills <paramref name="fields"/> with exactly <c>fields.Length</c> tab-separated ranges; when <paramref name="lastTakesRest"/>,
    /// the last field keeps any further tabs (passage texts are trusted to run to the end of the line).
    /// </summary>
    public static void Split(ReadOnlySpan<byte> line, Span<Range> fields, bool lastTakesRest, string path, long number, string layout)
    {
        int start = 0;
        for (int f = 0; f < fields.Length; f++)
        {
            bool last = f == fields.Length - 1;
            int tab = last && lastTakesRest ? -1 : line[start..].IndexOf((byte)'\t');
            if (last)
            {
                if (tab >= 0)
                {
                    throw new InputFormatException(path, number, $"expected {fields.Length} tab-separated columns '{layout}', found more");
                }

                fields[f] = start..line.Length;
                return;
            }

            if (tab < 0)
            {
                throw new InputFormatException(path, number, $"expected {fields.Length} tab-separated columns '{layout}', found {f + 1}");
            }

            fields[f] = start..(start + tab);
            start += tab + 1;
        }
    }

    /// <summary>Decodes an id column: it must not be empty and never gets mojibake repair.</summary>
    public static string Id(ReadOnlySpan<byte> bytes, string path, long number, string what)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept((byte)' ') < 0)
        {
            throw new InputFormatException(path, number, $"expected a {what}, found an empty column");
        }

        return Encoding.UTF8.GetString(bytes.Trim((byte)' '));
    }
}
