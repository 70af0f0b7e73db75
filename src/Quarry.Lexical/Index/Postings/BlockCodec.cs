using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Bit-packing of one postings block: every value of the block is stored with the bit width of its largest value.
/// Readers need <see cref="Padding"/> readable bytes after a block, so files end with that many zero bytes.
/// </summary>
internal static partial class BlockCodec
{
    /// <summary>Documents per block (as Lucene and PISA use).</summary>
    public const int BlockSize = 128;

    /// <summary>Bytes a reader may touch past the last packed byte (it reads 8 bytes at a time).</summary>
    public const int Padding = 8;

    /// <summary>The bit width of the largest value (values are read as unsigned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int BitsFor(ReadOnlySpan<int> values)
    {
        var u = MemoryMarshal.Cast<int, uint>(values);
        uint or = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && u.Length >= Vector256<uint>.Count)
        {
            var acc = Vector256<uint>.Zero;
            ref uint first = ref MemoryMarshal.GetReference(u);
            for (; i <= u.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                acc |= Vector256.LoadUnsafe(ref first, (nuint)i);
            }

            for (int lane = 0; lane < Vector256<uint>.Count; lane++)
            {
                or |= acc.GetElement(lane);
            }
        }

        for (; i < u.Length; i++)
        {
            or |= u[i];
        }

        return 32 - BitOperations.LeadingZeroCount(or);
    }

    /// <summary>How many values need more than <paramref name="bits"/> bits (values are read as unsigned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWiderThan(ReadOnlySpan<int> values, int bits)
    {
        var u = MemoryMarshal.Cast<int, uint>(values);
        uint limit = (uint)((1UL << bits) - 1);
        int count = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && u.Length >= Vector256<uint>.Count)
        {
            // A comparison gives all ones (-1) per lane that is wider: subtracting it counts.
            var acc = Vector256<uint>.Zero;
            var bound = Vector256.Create(limit);
            ref uint first = ref MemoryMarshal.GetReference(u);
            for (; i <= u.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                acc -= Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, (nuint)i), bound);
            }

            count = (int)Vector256.Sum(acc);
        }

        for (; i < u.Length; i++)
        {
            count += u[i] > limit ? 1 : 0;
        }

        return count;
    }

    public static int PackedBytes(int count, int bits) => ((count * bits) + 7) >> 3;

    /// <summary>
    /// Packs the low <paramref name="bits"/> bits of each value into <paramref name="output"/>, low bits first, and returns
    /// the packed bytes (<see cref="PackedBytes"/>). Whole 32-bit words are stored, so up to 3 bytes past the packed
    /// ones may be overwritten: <paramref name="output"/> needs that much room after them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Pack(ReadOnlySpan<int> values, int bits, Span<byte> output)
    {
        if (bits == 0)
        {
            return 0;
        }

        ulong mask = bits == 32 ? uint.MaxValue : (1UL << bits) - 1;
        ulong pending = 0;
        int pendingBits = 0;
        int pos = 0;
        foreach (int v in values)
        {
            // Fewer than 32 bits wait, so a value of up to 32 bits always fits in the 64-bit word.
            pending |= ((ulong)(uint)v & mask) << pendingBits;
            pendingBits += bits;
            if (pendingBits >= 32)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(output[pos..], (uint)pending);
                pos += 4;
                pending >>= 32;
                pendingBits -= 32;
            }
        }

        if (pendingBits > 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(output[pos..], (uint)pending);
        }

        return PackedBytes(values.Length, bits);
    }

    /// <summary>
    /// Unpacks <paramref name="count"/> values; the memory up to <paramref name="limit"/> (at least <see cref="Padding"/>
    /// bytes past the data; null: just those) may be read, which lets whole groups be unpacked at once.
    /// </summary>
    public static unsafe void Unpack(byte* input, int count, int bits, int* output, byte* limit)
    {
        if (bits == 0)
        {
            new Span<int>(output, count).Clear();
            return;
        }

        int done = limit == null ? 0 : UnpackWide(input, count, bits, output, limit);
        ulong mask = (1UL << bits) - 1;
        long bitPos = (long)done * bits;
        for (int i = done; i < count; i++)
        {
            // Index files are little-endian, as every platform .NET runs on is.
            ulong word = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(input + (bitPos >> 3));
            output[i] = (int)((word >> (int)(bitPos & 7)) & mask);
            bitPos += bits;
        }
    }
}
