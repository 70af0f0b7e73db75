namespace Quarry.Data.IO;

/// <summary>
/// Splits a byte stream into lines without decoding them, so that readers can locate errors exactly
/// (a line's number is known before its bytes are decoded) and parse ids without allocating.
/// '\n' ends a line; a '\r' before it is dropped; a UTF-8 byte-order mark at the start is skipped.
/// </summary>
public sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;

    /// <summary>Reads lines from <paramref name="stream"/>, which the reader disposes; the buffer grows for longer lines.</summary>
    public LineReader(Stream stream, int bufferSize = TextInput.BufferSize)
    {
        _stream = stream;
        _buffer = new byte[Math.Max(bufferSize, 16)];
    }

    /// <summary>Opens a file (gzip detected by magic bytes).</summary>
    public static LineReader Open(string path, int bufferSize = TextInput.BufferSize) => new(TextInput.OpenStream(path), bufferSize);

    /// <summary>Whether the input held any byte at all (tells an empty file from one of blank lines).</summary>
    public bool SawBytes { get; private set; }

    /// <summary>1-based number of the line last returned (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Returns the next line's bytes (valid until the next call), or false at the end of the input.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        int scanFrom = _start;
        while (true)
        {
            int newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = scanFrom + newline;
                line = Trim(_buffer.AsSpan(_start, lineEnd - _start));
                _start = lineEnd + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            scanFrom = _end - _start;
            Fill();
        }
    }

    /// <summary>Closes the underlying stream.</summary>
    public void Dispose() => _stream.Dispose();

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    /// <summary>Moves the partial line to the front (growing the buffer for very long lines) and reads more bytes.</summary>
    private void Fill()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        }
        else if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = pending;
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            SawBytes = true;
        }

        _end += read;
        if (!_started)
        {
            _started = true;
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }
}
