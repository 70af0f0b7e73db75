using System.Runtime.CompilerServices;

namespace Quarry.Lexical.Index.Storage;

/// <summary>
/// Unsigned LEB128 integers (7 bits a byte, low bits first): the dictionary's numbers and the block exceptions on disk,
/// and the builder's in-memory postings. Every writer of the format goes through <see cref="Write"/>.
/// </summary>
internal static unsafe class Varint
{
    /// <summary>Reads one value at <paramref name="p"/> and moves past it.</summary>
    public static ulong Read(ref byte* p)
    {
        ulong value = 0;
        int shift = 0;
        while (true)
        {
            byte b = *p++;
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    /// <summary>Bytes <paramref name="value"/> takes.</summary>
    public static int Size(ulong value)
    {
        int n = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            n++;
        }

        return n;
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="pos"/> (at most 10 bytes) and returns the position after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> buffer, int pos, ulong value)
    {
        while (value >= 0x80)
        {
            buffer[pos++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[pos++] = (byte)value;
        return pos;
    }

    /// <summary>Reads one value at <paramref name="pos"/> and moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Read(byte[] buffer, ref int pos)
    {
        uint value = 0;
        int shift = 0;
        while (true)
        {
            byte b = buffer[pos++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }
}
