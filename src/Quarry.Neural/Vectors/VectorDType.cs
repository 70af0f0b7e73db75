namespace Quarry.Neural.Vectors;

/// <summary>How the components of the vectors are stored in a vector file.</summary>
public enum VectorDType
{
    /// <summary>IEEE 754 single precision, 4 bytes per component.</summary>
    Float32 = 0,

    /// <summary>IEEE 754 half precision, 2 bytes per component (relative error about 5e-4).</summary>
    Float16 = 1,

    /// <summary>Signed bytes with one float32 scale per vector: component = byte * scale (symmetric, max |x| maps to 127).</summary>
    Int8 = 2,
}

/// <summary>Options of <see cref="VectorFileWriter"/>.</summary>
public sealed record VectorFileOptions
{
    /// <summary>Storage type of the components. Default <see cref="VectorDType.Float32"/>.</summary>
    public VectorDType DType { get; init; } = VectorDType.Float32;

    /// <summary>
    /// When true, every vector is L2-normalised before it is stored and the file is flagged as normalised,
    /// so inner product equals cosine. Default false (vectors stored as given).
    /// </summary>
    public bool Normalize { get; init; }
}
