namespace Quarry.Eval.Input;

/// <summary>Whitespace splitting as C's isspace sees it (space, tab, \n, \v, \f, \r), on UTF-8 bytes.</summary>
internal static class Fields
{
    public static bool IsSpace(byte b) => b == (byte)' ' || (b >= 9 && b <= 13);

    /// <summary>Splits a line into at most <paramref name="ranges"/>.Length fields; returns how many there are in total.</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> ranges)
    {
        int count = 0;
        int i = 0;
        while (true)
        {
            while (i < line.Length && IsSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                return count;
            }

            int start = i;
            while (i < line.Length && !IsSpace(line[i]))
            {
                i++;
            }

            if (count < ranges.Length)
            {
                ranges[count] = new Range(start, i);
            }

            count++;
        }
    }

    public static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (!IsSpace(b))
            {
                return false;
            }
        }

        return true;
    }

    public static string Text(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
