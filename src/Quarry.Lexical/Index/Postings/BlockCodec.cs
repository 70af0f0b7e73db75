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
