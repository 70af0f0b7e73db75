using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    /// <summary>
    /// Room a block may take when written: two header bytes, both lists packed at 32 bits, both as exceptions (count,
    /// and a position byte and a 5-byte varint each), and the 3 bytes <see cref="BlockCodec.Pack"/> may overrun.
    /// </summary>
    public const int MaxBytes = 2 + (2 * BlockCodec.BlockSize * 4) + (2 * (1 + (BlockCodec.BlockSize * 6))) + 4;

    /// <summary>Appends one block of <paramref name="gaps"/> and <paramref name="tfMinusOne"/> (same length, at most 128).</summary>
    public static void Write(ByteBuffer output, ReadOnlySpan<int> gaps, ReadOnlySpan<int> tfMinusOne) =>
        output.Advance(Write(output.Reserve(MaxBytes), gaps, tfMinusOne));

    /// <summary>Writes one block at the start of <paramref name="output"/> (at least <see cref="MaxBytes"/> long); returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(Span<byte> output, ReadOnlySpan<int> gaps, ReadOnlySpan<int> tfMinusOne)
    {
        int docWidth = ChooseWidth(gaps, out bool docExceptions);
        int tfWidth = ChooseWidth(tfMinusOne, out bool tfExceptions);
        int pos;
        if (tfWidth < 7 && !docExceptions && !tfExceptions)
        {
            output[0] = (byte)(docWidth | (tfWidth << 5));
            pos = 1;
        }
        else
        {
            output[0] = (byte)(docWidth | (7 << 5));
            output[1] = (byte)(tfWidth | (docExceptions ? 32 : 0) | (tfExceptions ? 64 : 0));
            pos = 2;
        }

        pos += BlockCodec.Pack(gaps, docWidth, output[pos..]);
        pos += BlockCodec.Pack(tfMinusOne, tfWidth, output[pos..]);
        if (docExceptions)
        {
            pos = WriteExceptions(output, pos, gaps, docWidth);
        }

        if (tfExceptions)
        {
            pos = WriteExceptions(output, pos, tfMinusOne, tfWidth);
        }

        return pos;
    }

    /// <summary>Reads a block of <paramref name="count"/> gaps and tf-1 values; returns the first byte after it.</summary>
    public static byte* Read(byte* p, int count, int* gaps, int* tfMinusOne) => Read(p, count, gaps, tfMinusOne, null);

    /// <summary>
    /// Reads a block of <paramref name="count"/> gaps and tf-1 values; returns the first byte after it. Memory up to
    /// <paramref name="limit"/> may be read (null: only <see cref="BlockCodec.Padding"/> bytes past the block).
    /// </summary>
    public static byte* Read(byte* p, int count, int* gaps, int* tfMinusOne, byte* limit)
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

        BlockCodec.Unpack(p, count, docWidth, gaps, limit);
        p += BlockCodec.PackedBytes(count, docWidth);
        BlockCodec.Unpack(p, count, tfWidth, tfMinusOne, limit);
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
    /// <remarks>
    /// An exception of b bits under width w costs a position byte and a varint of b - w bits, that is
    /// 1 + [b &gt; w] + [b &gt; w + 7] + [b &gt; w + 14] + ... bytes, so a width's cost follows from counts of the values
    /// wider than w, w + 7, w + 14, ... . Widths are tried from the widest down, and the search stops once even two
    /// bytes per exception cost as much as the best so far: no narrower width, with at least as many exceptions, can beat it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ChooseWidth(ReadOnlySpan<int> values, out bool exceptions)
    {
        int max = BlockCodec.BitsFor(values);
        int best = max;
        int bestCost = BlockCodec.PackedBytes(values.Length, max);

        // wider[t]: values wider than t bits, filled in from max - 1 downward; zero at max and above.
        Span<int> wider = stackalloc int[64];
        wider.Clear();
        for (int w = max - 1; w >= 0; w--)
        {
            int count = BlockCodec.CountWiderThan(values, w);
            if (1 + (2 * count) >= bestCost)
            {
                break;
            }

            wider[w] = count;
            int cost = BlockCodec.PackedBytes(values.Length, w) + 1 + (2 * count) + wider[w + 7] + wider[w + 14] + wider[w + 21] + wider[w + 28];
            if (cost < bestCost)
            {
                best = w;
                bestCost = cost;
            }
        }

        exceptions = best < max;
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WriteExceptions(Span<byte> output, int pos, ReadOnlySpan<int> values, int width)
    {
        output[pos++] = (byte)BlockCodec.CountWiderThan(values, width);
        var u = MemoryMarshal.Cast<int, uint>(values);
        uint limit = (uint)((1UL << width) - 1);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // A mask of the wider lanes, eight values at a time: most blocks have one or two exceptions among 128.
            var bound = Vector256.Create(limit);
            ref uint first = ref MemoryMarshal.GetReference(u);
            for (; i <= u.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                uint wider = Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, (nuint)i), bound).ExtractMostSignificantBits();
                while (wider != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(wider);
                    pos = WriteException(output, pos, at, u[at] >> width);
                    wider &= wider - 1;
                }
            }
        }

        for (; i < u.Length; i++)
        {
            if (u[i] > limit)
            {
                pos = WriteException(output, pos, i, u[i] >> width);
            }
        }

        return pos;
    }

    /// <summary>One exception: its position, then the bits above the width as a varint.</summary>
    private static int WriteException(Span<byte> output, int pos, int position, uint high)
    {
        output[pos++] = (byte)position;
        return Varint.Write(output, pos, high);
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
