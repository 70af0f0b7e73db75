using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Quarry.Neural.Vectors;

/// <summary>
/// An int8 copy of float32 rows (<see cref="Int8Quantizer"/>: one scale per row) that graph search walks instead of the
/// float32 rows: a 384-d row is 6 cache lines instead of 24, and at scale graph search waits on memory, not arithmetic.
/// Queries stay float32 (the row is widened), so the only error is the rows' rounding; the final candidates are
/// rescored in float32. Held in native memory (an int8 copy of 8.8M x 768 rows exceeds one array), freed with the index.
/// </summary>
internal sealed unsafe class HnswInt8Rows
{
    private readonly sbyte* _rows;
    private readonly float[] _scales;
    private readonly int _dim;

    public HnswInt8Rows(float* source, int count, int dim)
    {
        _dim = dim;
        _scales = new float[count];
        _rows = (sbyte*)NativeMemory.Alloc((nuint)count, (nuint)dim);
        GC.AddMemoryPressure((long)count * dim);
        Parallel.For(0, count, i =>
        {
            long offset = (long)i * dim;
            _scales[i] = Int8Quantizer.Quantize(new ReadOnlySpan<float>(source + offset, dim), new Span<sbyte>(_rows + offset, dim));
        });
    }

    ~HnswInt8Rows()
    {
        NativeMemory.Free(_rows);
        GC.RemoveMemoryPressure((long)_scales.Length * _dim);
    }

    /// <summary>Bytes of one row.</summary>
    public int RowBytes => _dim;

    /// <summary>Start of a row, for prefetching.</summary>
    public byte* Row(int node) => (byte*)(_rows + ((long)node * _dim));

    /// <summary>The approximate similarity of a float32 query with a row: the dot product with the int8 row times its scale.</summary>
    public float Score(ReadOnlySpan<float> query, int node)
    {
        fixed (float* q = query)
        {
            return Dot(q, _rows + ((long)node * _dim), _dim) * _scales[node];
        }
    }

    private static float Dot(float* q, sbyte* r, int dim)
    {
        int i = 0;
        float sum = 0;
        if (Avx512F.IsSupported)
        {
            Vector512<float> a0 = default, a1 = default;
            for (; i + 32 <= dim; i += 32)
            {
                var x0 = Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.Load(r + i)));
                var x1 = Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.Load(r + i + 16)));
                a0 = Avx512F.FusedMultiplyAdd(x0, Vector512.Load(q + i), a0);
                a1 = Avx512F.FusedMultiplyAdd(x1, Vector512.Load(q + i + 16), a1);
            }

            sum = Vector512.Sum(a0 + a1);
        }
        else if (Avx2.IsSupported && Fma.IsSupported)
        {
            Vector256<float> a0 = default, a1 = default;
            for (; i + 16 <= dim; i += 16)
            {
                var x0 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(*(long*)(r + i)).AsSByte()));
                var x1 = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(*(long*)(r + i + 8)).AsSByte()));
                a0 = Fma.MultiplyAdd(x0, Vector256.Load(q + i), a0);
                a1 = Fma.MultiplyAdd(x1, Vector256.Load(q + i + 8), a1);
            }

            sum = Vector256.Sum(a0 + a1);
        }

        for (; i < dim; i++)
        {
            sum += q[i] * r[i];
        }

        return sum;
    }
}
