using System.Buffers.Binary;
using System.Numerics;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Bit-packing of one postings block: every value of the block is stored with the bit width of its largest value.
/// Readers need <see cref="Padding"/> readable bytes after a block, so files end with that many zero bytes.
/// </summary>
internal static class BlockCodec
{
    /// <summary>Documents per block (as Lucene and PISA use).</summary>
    public const int BlockSize = 128;

    /// <summary>Bytes a reader may touch past the last packed byte (it reads 8 bytes at a time).</summary>
    public const int Padding = 8;

    public static int BitsFor(ReadOnlySpan<int> values)
    {
        int or = 0;
        foreach (int v in values)
        {
            or |= v;
        }

        return 32 - BitOperations.LeadingZeroCount((uint)or);
    }

    /// <summary>
    /// Writes a block's bit widths: one byte, the gap width in its low 5 bits (gaps are below 2^31) and the tf width above
    /// them, or 7 there and the tf width in a second byte when it is 7 or more (tfs of 128 or more: rare).
    /// </summary>
    public static void WriteHeader(Storage.BinaryOutput output, int docBits, int tfBits)
    {
        output.WriteByte((byte)(docBits | (Math.Min(tfBits, 7) << 5)));
        if (tfBits >= 7)
        {
            output.WriteByte((byte)tfBits);
        }
    }

    /// <summary>Reads what <see cref="WriteHeader"/> wrote and moves past it.</summary>
    public static unsafe void ReadHeader(ref byte* p, out int docBits, out int tfBits)
    {
        int header = *p++;
        docBits = header & 31;
        tfBits = header >> 5;
        if (tfBits == 7)
        {
            tfBits = *p++;
        }
    }

    public static int PackedBytes(int count, int bits) => ((count * bits) + 7) >> 3;

    /// <summary>Packs <paramref name="values"/> with <paramref name="bits"/> bits each into <paramref name="output"/> (zeroed first).</summary>
    public static void Pack(ReadOnlySpan<int> values, int bits, Span<byte> output)
    {
        output.Clear();
        if (bits == 0)
        {
            return;
        }

        long bitPos = 0;
        foreach (int v in values)
        {
            int byteIndex = (int)(bitPos >> 3);
            int shift = (int)(bitPos & 7);
            ulong chunk = (ulong)(uint)v << shift;
            for (int i = 0; chunk != 0; i++, chunk >>= 8)
            {
                output[byteIndex + i] |= (byte)chunk;
            }

            bitPos += bits;
        }
    }

    /// <summary>Unpacks <paramref name="count"/> values; <paramref name="input"/> must extend <see cref="Padding"/> bytes past the data.</summary>
    public static unsafe void Unpack(byte* input, int count, int bits, int* output)
    {
        if (bits == 0)
        {
            new Span<int>(output, count).Clear();
            return;
        }

        ulong mask = (1UL << bits) - 1;
        long bitPos = 0;
        for (int i = 0; i < count; i++)
        {
            // Index files are little-endian, as every platform .NET runs on is.
            ulong word = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(input + (bitPos >> 3));
            output[i] = (int)((word >> (int)(bitPos & 7)) & mask);
            bitPos += bits;
        }
    }
}
