using Quarry.Neural.Vectors;

namespace Quarry.Neural.Pipeline;

/// <summary>Settings of a <see cref="CorpusEncoder"/> run.</summary>
public sealed record EncodeJobOptions
{
    /// <summary>Collection format name (see Quarry.Data.Formats.CollectionFormats). Default auto-detect.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>Which contiguous slice of the collection this run encodes. Default the whole collection.</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.Whole;

    /// <summary>Passages per checkpoint part: a killed run redoes at most this many. Default 50,000.</summary>
    public int CheckpointEvery { get; init; } = 50_000;

    /// <summary>Stored element type: fp32, fp16, or int8 with a scale per vector. Default fp32.</summary>
    public VectorDType DType { get; init; } = VectorDType.Float32;

    /// <summary>Passages in the collection when already counted (see <see cref="CorpusEncoder.CountPassages"/>); null counts them.</summary>
    public long? PassageCount { get; init; }

    /// <summary>
    /// Stop (as a kill would) after this many new parts; for tests of resumption. Null runs to the end.
    /// </summary>
    public int? StopAfterParts { get; init; }
}
