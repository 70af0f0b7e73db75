using System.Buffers.Binary;

namespace Quarry.Neural.Vectors;

/// <summary>
/// The on-disk layout of a Quarry vector file (little-endian throughout; see docs/vectors.md):
/// <code>
/// [0,64)        header: magic "QVECTORS", version, dtype, flags, dim, count, section offsets, file length
/// [64, S)       vectors, row-major, count * dim components of the dtype
/// [S, I)        int8 only: count float32 scales (S is 8-aligned)
/// [I, B)        count + 1 int64 offsets of each id in the id bytes (I is 8-aligned)
/// [B, length)   UTF-8 ids, concatenated
/// </code>
/// The header is written last, after everything else is on disk, so a half-written file never opens as complete.
/// </summary>
internal readonly record struct VectorFileLayout(VectorDType DType, VectorFileFlags Flags, int Dim, int Count, long ScalesOffset, long IdOffsetsOffset, long IdBytesOffset, long FileLength)
{
    public const int HeaderSize = 64;
    public const uint CurrentVersion = 1;

    /// <summary>"QVECTORS" in ASCII.</summary>
    public static ReadOnlySpan<byte> Magic => "QVECTORS"u8;

    public static int ElementSize(VectorDType dtype) => dtype switch
    {
        VectorDType.Float32 => 4,
        VectorDType.Float16 => 2,
        VectorDType.Int8 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "unknown vector dtype"),
    };

    public long RowBytes => (long)Dim * ElementSize(DType);

    public static long Align8(long offset) => (offset + 7) & ~7L;

    /// <summary>The section offsets for a file of the given shape and total id bytes.</summary>
    public static VectorFileLayout Compute(VectorDType dtype, VectorFileFlags flags, int dim, int count, long idBytes)
    {
        long vectorsEnd = HeaderSize + (long)count * dim * ElementSize(dtype);
        long scales = Align8(vectorsEnd);
        long scalesEnd = dtype == VectorDType.Int8 ? scales + (4L * count) : scales;
        long idOffsets = Align8(scalesEnd);
        long idBytesOffset = idOffsets + (8L * (count + 1));
        return new VectorFileLayout(dtype, flags, dim, count, scales, idOffsets, idBytesOffset, idBytesOffset + idBytes);
    }

    public void WriteHeader(Span<byte> header)
    {
        header[..HeaderSize].Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], CurrentVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)DType);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)Flags);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], Dim);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], Count);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], ScalesOffset);
        BinaryPrimitives.WriteInt64LittleEndian(header[40..], IdOffsetsOffset);
        BinaryPrimitives.WriteInt64LittleEndian(header[48..], IdBytesOffset);
        BinaryPrimitives.WriteInt64LittleEndian(header[56..], FileLength);
    }

    /// <summary>Parses and checks a header; returns an error message instead of a layout when it is not valid.</summary>
    public static VectorFileLayout? TryRead(ReadOnlySpan<byte> header, long actualLength, out string error)
    {
        error = "";
        if (actualLength < HeaderSize || header.Length < HeaderSize)
        {
            error = $"truncated: {actualLength} bytes is shorter than the {HeaderSize}-byte header";
            return null;
        }

        if (!header[..8].SequenceEqual(Magic))
        {
            error = header[..8].IndexOfAnyExcept((byte)0) < 0
                ? "incomplete: the header was never written (the writer did not finish)"
                : "not a Quarry vector file (bad magic; expected 'QVECTORS')";
            return null;
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        if (version != CurrentVersion)
        {
            error = $"unsupported vector file version {version} (this build reads version {CurrentVersion})";
            return null;
        }

        var dtype = (VectorDType)BinaryPrimitives.ReadUInt32LittleEndian(header[12..]);
        var flags = (VectorFileFlags)BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
        int dim = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        long count = BinaryPrimitives.ReadInt64LittleEndian(header[24..]);
        if (!Enum.IsDefined(dtype) || dim <= 0 || count < 0 || count > int.MaxValue)
        {
            error = $"corrupt header (dtype {(uint)dtype}, dim {dim}, count {count})";
            return null;
        }

        long fileLength = BinaryPrimitives.ReadInt64LittleEndian(header[56..]);
        long idBytes = fileLength - BinaryPrimitives.ReadInt64LittleEndian(header[48..]);
        var expected = Compute(dtype, flags, dim, (int)count, idBytes);
        if (expected.ScalesOffset != BinaryPrimitives.ReadInt64LittleEndian(header[32..])
            || expected.IdOffsetsOffset != BinaryPrimitives.ReadInt64LittleEndian(header[40..])
            || idBytes < 0)
        {
            error = "corrupt header (section offsets do not match count and dim)";
            return null;
        }

        if (actualLength != fileLength)
        {
            error = $"truncated or damaged: the header says {fileLength} bytes, the file has {actualLength}";
            return null;
        }

        return expected;
    }
}

/// <summary>Bit flags stored in the vector file header.</summary>
[Flags]
public enum VectorFileFlags : uint
{
    /// <summary>No flag set.</summary>
    None = 0,

    /// <summary>Every vector has unit L2 norm (inner product is cosine).</summary>
    Normalized = 1,
}
