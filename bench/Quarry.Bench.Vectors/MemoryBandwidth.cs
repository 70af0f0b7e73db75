using System.Numerics;
using System.Runtime.InteropServices;

namespace Quarry.Bench.Vectors;

/// <summary>
/// The peer of the flat scan: a plain SIMD sum (four independent accumulators, no other compute) over exactly the
/// bytes the scan reads, i.e. the mapped vector file, so both read the same memory through the same page cache.
/// </summary>
internal static class MemoryBandwidth
{
    public static float Sum(ReadOnlySpan<float> span)
    {
        var v = MemoryMarshal.Cast<float, Vector<float>>(span);
        Vector<float> a = default, b = default, c = default, d = default;
        int i = 0;
        for (; i + 4 <= v.Length; i += 4)
        {
            a += v[i];
            b += v[i + 1];
            c += v[i + 2];
            d += v[i + 3];
        }

        for (; i < v.Length; i++)
        {
            a += v[i];
        }

        return Vector.Sum(a + b + c + d);
    }
}
