using System.Text;
using Quarry.Data.IO;

namespace Quarry.Data.Classic;

/// <summary>One record of a SMART-format file: its `.I` id, the line it starts on, and its fields by letter (T, A, B, W, X, N, K, ...).</summary>
public sealed record SmartRecord(string Id, long Line, IReadOnlyDictionary<char, string> Fields)
{
    /// <summary>The named fields joined by newlines, in the order given, skipping absent ones.</summary>
    public string Join(params char[] fields)
    {
        var sb = new StringBuilder();
        foreach (char f in fields)
        {
            if (Fields.TryGetValue(f, out string? text) && text.Length > 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(text);
            }
        }

        return sb.ToString();
    }
}

/// <summary>
/// Reads SMART-format files (Cranfield, CISI, MED, ADI, CACM): records start with `.I id`, fields with a line holding
/// `.X` for a field letter X (text may follow on the same line); CRLF and LF both work.
/// </summary>
public static class SmartFormat
{
    public static IEnumerable<SmartRecord> Read(string path)
    {
        string? id = null;
        long idLine = 0;
        var fields = new Dictionary<char, string>();
        char field = '\0';
        var text = new StringBuilder();
        foreach (var (number, raw) in TextInput.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length >= 2 && line[0] == '.' && char.IsAsciiLetterUpper(line[1]) && (line.Length == 2 || line[2] == ' ' || line[2] == '\t'))
            {
                if (field != '\0')
                {
                    fields[field] = text.ToString().Trim();
                    text.Clear();
                }

                if (line[1] == 'I')
                {
                    if (id is not null)
                    {
                        yield return new SmartRecord(id, idLine, fields);
                    }

                    id = line[2..].Trim();
                    if (id.Length == 0)
                    {
                        throw new InputFormatException(path, number, "expected '.I <id>'");
                    }

                    idLine = number;
                    fields = new Dictionary<char, string>();
                    field = '\0';
                    continue;
                }

                if (id is null)
                {
                    throw new InputFormatException(path, number, $"field '.{line[1]}' before the first '.I' record");
                }

                field = line[1];
                text.Append(line.AsSpan(2).Trim());
                continue;
            }

            if (field != '\0')
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(line);
            }
        }

        if (field != '\0')
        {
            fields[field] = text.ToString().Trim();
        }

        if (id is not null)
        {
            yield return new SmartRecord(id, idLine, fields);
        }
    }
}
