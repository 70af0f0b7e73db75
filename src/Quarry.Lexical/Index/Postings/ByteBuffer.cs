namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// A growable in-memory byte sink: a build thread encodes a run of terms into it, and the writer appends the run to its
/// file in one copy. Writers reserve room for a whole record, write into the span, then advance.
/// </summary>
internal sealed class ByteBuffer(int capacity = 1 << 16)
{
    private byte[] _data = new byte[capacity];

    /// <summary>Bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _data.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>At least <paramref name="size"/> writable bytes after the written ones; <see cref="Advance"/> commits them.</summary>
    public Span<byte> Reserve(int size)
    {
        if (_data.Length - Length < size)
        {
            Array.Resize(ref _data, Math.Max(checked(Length + size), _data.Length * 2));
        }

        return _data.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    /// <summary>Bytes allocated, written or not.</summary>
    public int Capacity => _data.Length;

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }
}
