using System.Buffers;

namespace Quarry.Neural.Tokenization;

/// <summary>A growable char buffer on pooled arrays: the tokenizer's scratch space, one per call.</summary>
internal struct CharBuffer : IDisposable
{
    private char[] _chars;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        Length = 0;
    }

    public int Length { get; private set; }

    public readonly ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            Append((char)codePoint);
            return;
        }

        codePoint -= 0x10000;
        Append((char)(0xD800 + (codePoint >> 10)));
        Append((char)(0xDC00 + (codePoint & 0x3FF)));
    }

    public void Append(string s)
    {
        if (Length + s.Length > _chars.Length)
        {
            Grow(s.Length);
        }

        s.CopyTo(_chars.AsSpan(Length));
        Length += s.Length;
    }

    public void Clear() => Length = 0;

    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }

    private void Grow(int extra)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + extra));
        _chars.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
