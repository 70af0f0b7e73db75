using System.Buffers.Binary;

namespace Quarry.Lexical.Index.Storage;

/// <summary>A buffered little-endian writer that tracks its position; index files are written only through it.</summary>
internal sealed class BinaryOutput : IDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public BinaryOutput(string path)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
    }

    public long Position { get; private set; }

    public void WriteBytes(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_used == _buffer.Length)
            {
                FlushBuffer();
            }

            int n = Math.Min(data.Length, _buffer.Length - _used);
            data[..n].CopyTo(_buffer.AsSpan(_used));
            _used += n;
            data = data[n..];
            Position += n;
        }
    }

    public void WriteByte(byte value)
    {
        if (_used == _buffer.Length)
        {
            FlushBuffer();
        }

        _buffer[_used++] = value;
        Position++;
    }

    public void WriteInt32(int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        WriteBytes(b);
    }

    public void WriteInt64(long value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(b, value);
        WriteBytes(b);
    }

    public void Dispose()
    {
        FlushBuffer();
        _file.Flush(flushToDisk: true);
        _file.Dispose();
    }

    private void FlushBuffer()
    {
        _file.Write(_buffer, 0, _used);
        _used = 0;
    }
}
