using System.IO.MemoryMappedFiles;
using System.Numerics.Tensors;
using System.Text;
using Quarry.Data.IO;

namespace Quarry.Neural.Vectors;

/// <summary>
/// A memory-mapped, read-only vector file (format in <see cref="VectorFileLayout"/> and docs/vectors.md):
/// <see cref="Count"/> vectors of <see cref="Dim"/> components with external ids. Safe to read from many threads.
/// </summary>
public sealed unsafe partial class VectorFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly VectorFileLayout _layout;
    private bool _disposed;

    private VectorFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, byte* basePointer, VectorFileLayout layout)
    {
        Path = path;
        _map = map;
        _view = view;
        _base = basePointer;
        _layout = layout;
    }

    /// <summary>The file this was opened from.</summary>
    public string Path { get; }

    /// <summary>Number of vectors.</summary>
    public int Count => _layout.Count;

    /// <summary>Components per vector.</summary>
    public int Dim => _layout.Dim;

    /// <summary>Storage type of the components.</summary>
    public VectorDType DType => _layout.DType;

    /// <summary>Header flags.</summary>
    public VectorFileFlags Flags => _layout.Flags;

    /// <summary>True when every vector was stored L2-normalised.</summary>
    public bool IsNormalized => (_layout.Flags & VectorFileFlags.Normalized) != 0;

    /// <summary>
    /// Opens and validates a vector file. A missing, truncated, unfinished or foreign file is refused
    /// with an <see cref="InputFormatException"/> naming the file.
    /// </summary>
    public static VectorFile Open(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"vector file not found: {path}", path);
        }

        Span<byte> header = stackalloc byte[VectorFileLayout.HeaderSize];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        var layout = VectorFileLayout.TryRead(header[..read], info.Length, out string error)
            ?? throw new InputFormatException(path, 0, "not a usable vector file: " + error);
        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* p = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        p += view.PointerOffset;
        return new VectorFile(path, map, view, p, layout);
    }

    /// <summary>Writes vector <paramref name="index"/> as float32 into <paramref name="destination"/> (length ≥ Dim).</summary>
    public void GetVector(int index, Span<float> destination)
    {
        CheckIndex(index);
        var target = destination[..Dim];
        switch (_layout.DType)
        {
            case VectorDType.Float32:
                Float32Row(index).CopyTo(target);
                break;
            case VectorDType.Float16:
                TensorPrimitives.ConvertToSingle(Float16Row(index), target);
                break;
            default:
                Int8Quantizer.Dequantize(Int8Row(index), Scale(index), target);
                break;
        }
    }

    /// <summary>The external id of vector <paramref name="index"/>.</summary>
    public string Id(int index)
    {
        CheckIndex(index);
        long* offsets = (long*)(_base + _layout.IdOffsetsOffset);
        long start = offsets[index];
        long end = offsets[index + 1];
        return Encoding.UTF8.GetString(_base + _layout.IdBytesOffset + start, checked((int)(end - start)));
    }

    /// <summary>A float32 file's row, without copying.</summary>
    public ReadOnlySpan<float> Float32Row(int index) => Float32Rows(index, 1);

    /// <summary>A float32 file's rows [start, start + count) as one row-major span, without copying.</summary>
    public ReadOnlySpan<float> Float32Rows(int start, int count)
    {
        RequireDType(VectorDType.Float32);
        return new ReadOnlySpan<float>(RowPointer(start, count), checked(count * Dim));
    }

    /// <summary>A float16 file's row, without copying.</summary>
    public ReadOnlySpan<Half> Float16Row(int index)
    {
        RequireDType(VectorDType.Float16);
        return new ReadOnlySpan<Half>(RowPointer(index, 1), Dim);
    }

    /// <summary>An int8 file's row (multiply by <see cref="Scale"/> to get the vector), without copying.</summary>
    public ReadOnlySpan<sbyte> Int8Row(int index) => Int8Rows(index, 1);

    /// <summary>An int8 file's rows [start, start + count) as one row-major span, without copying.</summary>
    public ReadOnlySpan<sbyte> Int8Rows(int start, int count)
    {
        RequireDType(VectorDType.Int8);
        return new ReadOnlySpan<sbyte>(RowPointer(start, count), checked(count * Dim));
    }

    /// <summary>The int8 scale of a vector (1 for other dtypes).</summary>
    public float Scale(int index)
    {
        CheckIndex(index);
        return _layout.DType == VectorDType.Int8 ? ((float*)(_base + _layout.ScalesOffset))[index] : 1f;
    }

    /// <summary>Start of the vector block, for the scorers' hot loops (valid while the file is open).</summary>
    internal byte* VectorBase => _base + VectorFileLayout.HeaderSize;

    /// <summary>The raw stored bytes of a row (used by merge).</summary>
    internal ReadOnlySpan<byte> RawRow(int index) => new(RowPointer(index, 1), checked((int)_layout.RowBytes));

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }

    private byte* RowPointer(int index, int count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (index < 0 || count < 0 || (long)index + count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"rows [{index}, {(long)index + count}) out of range [0, {Count})");
        }

        return _base + VectorFileLayout.HeaderSize + (index * _layout.RowBytes);
    }

    private void CheckIndex(int index)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"vector index out of range [0, {Count})");
        }
    }

    private void RequireDType(VectorDType dtype)
    {
        if (_layout.DType != dtype)
        {
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)} stores {_layout.DType} vectors, not {dtype}");
        }
    }
}
