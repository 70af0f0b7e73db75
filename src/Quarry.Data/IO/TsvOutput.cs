namespace Quarry.Data.IO;

/// <summary>Guards for TSV writers: a field holding a tab or a line break would silently shift every later column.</summary>
internal static class TsvOutput
{
    /// <summary>Throws <see cref="InvalidDataException"/> naming the record when <paramref name="value"/> cannot be a TSV field.</summary>
    public static string Field(string value, string what, string recordId)
    {
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
        {
            throw new InvalidDataException($"{what} of '{recordId}' holds a tab or line break, which a TSV file cannot carry");
        }

        return value;
    }
}
