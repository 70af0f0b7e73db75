using System.Text;
using Quarry.Data.Text;

namespace Quarry.Data.IO;

/// <summary>Decodes one field of one line as the <see cref="ReadOptions"/> ask, naming the file and line on failure.</summary>
public sealed class TextDecoder
{
    private static readonly UTF8Encoding Lenient = new(false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);
    private readonly string _path;
    private readonly ReadOptions _options;

    /// <summary>A decoder for the file <paramref name="path"/> (named in errors).</summary>
    public TextDecoder(string path, ReadOptions? options)
    {
        _path = path;
        _options = options ?? ReadOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public ReadOptions Options => _options;

    /// <summary>Decodes bytes of line <paramref name="line"/>: strict or lenient UTF-8, then mojibake repair if asked.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, long line)
    {
        string text;
        if (_options.StrictUtf8)
        {
            int bad = Utf8Validation.FirstInvalidByte(bytes);
            if (bad >= 0)
            {
                throw new InputFormatException(_path, line, $"bytes that are not valid UTF-8 at byte {bad + 1} of the line (strict UTF-8 is on)");
            }

            text = Strict.GetString(bytes);
        }
        else
        {
            text = Lenient.GetString(bytes);
        }

        return _options.RepairMojibake ? MojibakeRepair.Repair(text) : text;
    }

    /// <summary>Post-processes a string that was decoded elsewhere (JSON values): applies mojibake repair if asked.</summary>
    public string Clean(string text) => _options.RepairMojibake ? MojibakeRepair.Repair(text) : text;
}
