using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;

namespace Quarry.Neural.Vectors;

/// <summary>
/// Streams vectors with their external ids into a vector file: vectors are appended in order, and
/// <see cref="Commit"/> finishes the file under a temporary name, writes the header last, then renames it into place.
/// Memory stays bounded: scales and ids go to sibling temporary files until the commit.
/// Without a commit (an exception, a killed process) the final path is never created or replaced.
/// </summary>
public sealed class VectorFileWriter : IDisposable
{
    private readonly string _finalPath;
    private readonly VectorFileOptions _options;
    private readonly FileStream _main;
    private readonly Sidecar _scales;
    private readonly Sidecar _idOffsets;
    private readonly Sidecar _idBytes;
    private readonly byte[] _row;
    private readonly float[] _work;
    private long _idBytesWritten;
    private bool _done;

    /// <summary>Starts a file of <paramref name="dim"/>-dimensional vectors at <paramref name="path"/> (created on commit).</summary>
    public VectorFileWriter(string path, int dim, VectorFileOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dim);
        _finalPath = Path.GetFullPath(path);
        _options = options ?? new VectorFileOptions();
        Dim = dim;
        string? dir = Path.GetDirectoryName(_finalPath);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        string stem = _finalPath + $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        TempPath = stem;
        _main = new FileStream(stem, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 20);
        _main.Write(new byte[VectorFileLayout.HeaderSize]); // zeros: an unfinished file has no magic
        _scales = new Sidecar(stem + ".scales");
        _idOffsets = new Sidecar(stem + ".idoff");
        _idBytes = new Sidecar(stem + ".ids");
        _row = new byte[dim * VectorFileLayout.ElementSize(_options.DType)];
        _work = new float[dim];
        WriteOffset(0);
    }

    /// <summary>Dimension of every vector.</summary>
    public int Dim { get; }

    /// <summary>Vectors appended so far.</summary>
    public int Count { get; private set; }

    /// <summary>The temporary file being written (renamed to the final path on commit).</summary>
    public string TempPath { get; }

    /// <summary>Appends one vector; it is converted to the file's dtype (and normalised when the options say so).</summary>
    public void Add(string id, ReadOnlySpan<float> vector)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (vector.Length != Dim)
        {
            throw new ArgumentException($"vector for '{id}' has {vector.Length} components, the file has dim {Dim}", nameof(vector));
        }

        ReadOnlySpan<float> v = vector;
        if (_options.Normalize)
        {
            float norm = TensorPrimitives.Norm(vector);
            TensorPrimitives.Divide(vector, norm > 0 ? norm : 1f, _work);
            v = _work;
        }

        float scale = Encode(v, _row, _options.DType);
        AppendRaw(id, _row, scale);
    }

    /// <summary>Appends a row already encoded in the file's dtype (used by merge, which copies bytes as they are).</summary>
    internal void AppendRaw(string id, ReadOnlySpan<byte> row, float scale)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (Count == int.MaxValue)
        {
            throw new InvalidOperationException("a vector file holds at most int.MaxValue vectors");
        }

        _main.Write(row);
        if (_options.DType == VectorDType.Int8)
        {
            Span<byte> s = stackalloc byte[4];
            BinaryPrimitives.WriteSingleLittleEndian(s, scale);
            _scales.Stream.Write(s);
        }

        int max = Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : new byte[max];
        int n = Encoding.UTF8.GetBytes(id, buffer);
        _idBytes.Stream.Write(buffer[..n]);
        _idBytesWritten += n;
        WriteOffset(_idBytesWritten);
        Count++;
    }

    internal VectorDType DType => _options.DType;

    /// <summary>Finishes the file: appends scales and ids, writes the header last, flushes to disk and renames into place.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var flags = _options.Normalize ? VectorFileFlags.Normalized : VectorFileFlags.None;
        var layout = VectorFileLayout.Compute(_options.DType, flags, Dim, Count, _idBytesWritten);
        Pad(layout.ScalesOffset);
        if (_options.DType == VectorDType.Int8)
        {
            _scales.CopyTo(_main);
        }

        Pad(layout.IdOffsetsOffset);
        _idOffsets.CopyTo(_main);
        _idBytes.CopyTo(_main);
        if (_main.Position != layout.FileLength)
        {
            throw new InvalidOperationException($"vector file layout mismatch: wrote {_main.Position} bytes, expected {layout.FileLength}");
        }

        _main.Flush(flushToDisk: true);
        Span<byte> header = stackalloc byte[VectorFileLayout.HeaderSize];
        layout.WriteHeader(header);
        _main.Position = 0;
        _main.Write(header);
        _main.Flush(flushToDisk: true);
        _main.Dispose();
        File.Move(TempPath, _finalPath, overwrite: true);
        _done = true;
        DisposeSidecars();
    }

    /// <summary>Without a prior commit, deletes the temporary files.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _main.Dispose();
        File.Delete(TempPath);
        DisposeSidecars();
    }

    /// <summary>Encodes a float vector into the dtype's bytes; returns the int8 scale (1 for other dtypes).</summary>
    internal static float Encode(ReadOnlySpan<float> v, Span<byte> row, VectorDType dtype)
    {
        switch (dtype)
        {
            case VectorDType.Float32:
                MemoryMarshal.AsBytes(v).CopyTo(row);
                return 1f;
            case VectorDType.Float16:
                TensorPrimitives.ConvertToHalf(v, MemoryMarshal.Cast<byte, Half>(row));
                return 1f;
            default:
                return Int8Quantizer.Quantize(v, MemoryMarshal.Cast<byte, sbyte>(row));
        }
    }

    private void WriteOffset(long value)
    {
        Span<byte> s = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(s, value);
        _idOffsets.Stream.Write(s);
    }

    private void Pad(long target)
    {
        while (_main.Position < target)
        {
            _main.WriteByte(0);
        }
    }

    private void DisposeSidecars()
    {
        _scales.Dispose();
        _idOffsets.Dispose();
        _idBytes.Dispose();
    }

    /// <summary>A temporary sibling file holding one section until the commit.</summary>
    private sealed class Sidecar(string path) : IDisposable
    {
        public FileStream Stream { get; } = new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

        public void CopyTo(Stream destination)
        {
            Stream.Flush();
            Stream.Position = 0;
            Stream.CopyTo(destination, 1 << 20);
        }

        public void Dispose() => Stream.Dispose();
    }
}
