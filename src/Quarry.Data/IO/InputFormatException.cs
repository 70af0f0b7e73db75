namespace Quarry.Data.IO;

/// <summary>A user's input file is malformed; the message names the file, the line and what was expected.</summary>
public sealed class InputFormatException : FormatException
{
    public InputFormatException(string file, long line, string message)
        : base(line > 0 ? $"{Path.GetFileName(file)}:{line}: {message}" : $"{Path.GetFileName(file)}: {message}")
    {
        FilePath = file;
        Line = line;
        Detail = message;
    }

    public InputFormatException() { FilePath = ""; Detail = ""; }

    public InputFormatException(string message) : base(message) { FilePath = ""; Detail = message; }

    public InputFormatException(string message, Exception inner) : base(message, inner) { FilePath = ""; Detail = message; }

    /// <summary>The file as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number, or 0 when the problem concerns the whole file.</summary>
    public long Line { get; }

    /// <summary>What was wrong, without the location prefix.</summary>
    public string Detail { get; }
}
