using System.Numerics;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// One postings block on disk: a header of bit widths, the doc gaps and tf-1 values bit-packed with those widths, and
/// the few values too wide for them as exceptions (patched frame of reference): a block with one large gap or one
/// large tf no longer pays that width for all 128 values.
/// </summary>
/// <remarks>
/// Header: one byte, the gap width in bits 0-4 (gaps are below 2^31) and the tf width in bits 5-7; when the tf width is
/// 7 or more, or either list has exceptions, bits 5-7 hold 7 and a second byte holds the tf width in bits 0-4, bit 5
/// set when the gaps have exceptions and bit 6 when the tfs do. Each exception list is a count byte, then per exception
/// its position (byte) and the bits above the width (varint), in position order: gaps first, then tfs.
/// </remarks>
internal static unsafe class BlockFormat
{
    /// <summary>Writes one block of <paramref name="gaps"/> and <paramref name="tfMinusOne"/> (same length, at most 128).</summary>
    public static void Write(BinaryOutput output, ReadOnlySpan<int> gaps, ReadOnlySpan<int> tfMinusOne, Span<byte> scratch)
    {
        int docWidth = ChooseWidth(gaps, out bool docExceptions);
        int tfWidth = ChooseWidth(tfMinusOne, out bool tfExceptions);
        if (tfWidth < 7 && !docExceptions && !tfExceptions)
        {
            output.WriteByte((byte)(docWidth | (tfWidth << 5)));
        }
        else
        {
            output.WriteByte((byte)(docWidth | (7 << 5)));
            output.WriteByte((byte)(tfWidth | (docExceptions ? 32 : 0) | (tfExceptions ? 64 : 0)));
        }

        WritePacked(output, gaps, docWidth, scratch);
        WritePacked(output, tfMinusOne, tfWidth, scratch);
        if (docExceptions)
        {
            WriteExceptions(output, gaps, docWidth);
        }

        if (tfExceptions)
        {
            WriteExceptions(output, tfMinusOne, tfWidth);
        }
    }

    /// <summary>Reads a block of <paramref name="count"/> gaps and tf-1 values; returns the first byte after it.</summary>
    public static byte* Read(byte* p, int count, int* gaps, int* tfMinusOne)
    {
        int header = *p++;
        int docWidth = header & 31;
        int tfWidth = header >> 5;
        int flags = 0;
        if (tfWidth == 7)
        {
            flags = *p++;
            tfWidth = flags & 31;
        }

        BlockCodec.Unpack(p, count, docWidth, gaps);
        p += BlockCodec.PackedBytes(count, docWidth);
        BlockCodec.Unpack(p, count, tfWidth, tfMinusOne);
        p += BlockCodec.PackedBytes(count, tfWidth);
        if ((flags & 32) != 0)
        {
            p = Patch(p, docWidth, gaps);
        }

        if ((flags & 64) != 0)
        {
            p = Patch(p, tfWidth, tfMinusOne);
        }

        return p;
    }

    /// <summary>The width that makes packed values plus exceptions smallest (ties: the wider, with no exceptions).</summary>
    internal static int ChooseWidth(ReadOnlySpan<int> values, out bool exceptions)
    {
        Span<int> byBits = stackalloc int[33];
        int or = 0;
        foreach (int v in values)
        {
            byBits[32 - BitOperations.LeadingZeroCount((uint)v)]++;
            or |= v;
        }

        int max = 32 - BitOperations.LeadingZeroCount((uint)or);
        int best = max;
        int bestCost = BlockCodec.PackedBytes(values.Length, max);
        for (int w = max - 1; w >= 0; w--)
        {
            int cost = BlockCodec.PackedBytes(values.Length, w) + 1;
            for (int b = w + 1; b <= max; b++)
            {
                cost += byBits[b] * (1 + ((b - w + 6) / 7));
            }

            if (cost < bestCost)
            {
                best = w;
                bestCost = cost;
            }
        }

        exceptions = best < max;
        return best;
    }

    private static void WritePacked(BinaryOutput output, ReadOnlySpan<int> values, int width, Span<byte> scratch)
    {
        int bytes = BlockCodec.PackedBytes(values.Length, width);
        int mask = width == 32 ? -1 : (int)((1u << width) - 1);
        Span<int> low = stackalloc int[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            low[i] = values[i] & mask;
        }

        BlockCodec.Pack(low, width, scratch[..(bytes + 8)]);
        output.WriteBytes(scratch[..bytes]);
    }

    private static void WriteExceptions(BinaryOutput output, ReadOnlySpan<int> values, int width)
    {
        int count = 0;
        foreach (int v in values)
        {
            count += (uint)v >> width != 0 ? 1 : 0;
        }

        output.WriteByte((byte)count);
        for (int i = 0; i < values.Length; i++)
        {
            if ((uint)values[i] >> width != 0)
            {
                output.WriteByte((byte)i);
                output.WriteVarint((uint)values[i] >> width);
            }
        }
    }

    private static byte* Patch(byte* p, int width, int* values)
    {
        int count = *p++;
        for (int i = 0; i < count; i++)
        {
            int position = *p++;
            values[position] |= (int)((uint)Varint.Read(ref p) << width);
        }

        return p;
    }
}
