using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Sixteen values at a time where the processor has AVX-512 VBMI: sixteen values of b bits take exactly 2b bytes, so
/// each group of sixteen starts on a byte. One 64-byte load covers a group (b at most 25); a byte permutation gathers
/// each value's four bytes into its lane, a per-lane shift and a mask finish it. The scalar loop does the rest (a
/// short last group, wider values, or a group whose 64-byte load would pass the readable end).
/// </summary>
internal static partial class BlockCodec
{
    /// <summary>The widest values the 16-lane path unpacks: a value and its bit offset within a byte fit in 32 bits.</summary>
    private const int MaxWideBits = 25;

    private const int WideLanes = 16;

    private static readonly Vector512<byte>[] WideGather = BuildWideGather();
    private static readonly Vector512<uint>[] WideShift = BuildWideShift();

    /// <summary>Unpacks whole groups of sixteen while their loads stay below <paramref name="limit"/>; returns the values done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int UnpackWide(byte* input, int count, int bits, int* output, byte* limit)
    {
        if (!Avx512Vbmi.IsSupported || bits > MaxWideBits)
        {
            return 0;
        }

        var gather = WideGather[bits];
        var shift = WideShift[bits];
        var mask = Vector512.Create((uint)((1UL << bits) - 1));
        int groupBytes = 2 * bits;
        int done = 0;
        for (; done + WideLanes <= count && input + Vector512<byte>.Count <= limit; done += WideLanes, input += groupBytes)
        {
            var words = Avx512Vbmi.PermuteVar64x8(Vector512.Load(input), gather).AsUInt32();
            var values = Avx512F.ShiftRightLogicalVariable(words, shift) & mask;
            values.Store((uint*)output + done);
        }

        return done;
    }

    /// <summary>Per width: for lane j, the four bytes from byte (j * bits) / 8 of the group.</summary>
    private static Vector512<byte>[] BuildWideGather()
    {
        var tables = new Vector512<byte>[MaxWideBits + 1];
        Span<byte> control = stackalloc byte[64];
        for (int bits = 1; bits <= MaxWideBits; bits++)
        {
            for (int lane = 0; lane < WideLanes; lane++)
            {
                int first = lane * bits / 8;
                for (int b = 0; b < 4; b++)
                {
                    control[(lane * 4) + b] = (byte)(first + b);
                }
            }

            tables[bits] = Vector512.Create((ReadOnlySpan<byte>)control);
        }

        return tables;
    }

    /// <summary>Per width: for lane j, the value's bit offset within its first byte.</summary>
    private static Vector512<uint>[] BuildWideShift()
    {
        var tables = new Vector512<uint>[MaxWideBits + 1];
        Span<uint> shift = stackalloc uint[WideLanes];
        for (int bits = 1; bits <= MaxWideBits; bits++)
        {
            for (int lane = 0; lane < WideLanes; lane++)
            {
                shift[lane] = (uint)(lane * bits % 8);
            }

            tables[bits] = Vector512.Create((ReadOnlySpan<uint>)shift);
        }

        return tables;
    }
}
