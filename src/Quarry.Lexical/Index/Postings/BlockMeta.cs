using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Skip data of one postings block of a term with more than one block: its last document, where it starts, and three
/// numbers that bound any BM25 score inside it. The largest tf (saturated: 255 stands for "255 or more" and reads as
/// <see cref="int.MaxValue"/>) and the shortest length (as Lucene's length byte, read back as the lower end of its
/// range) bound it for every k1 and b, because BM25 rises with tf and falls with length. The largest impact
/// <c>x / (1 + x)</c>, <c>x = tf × cache</c>, under the default parameters (k1 0.9, b 0.4, one-byte lengths), rounded up
/// to 16-bit fixed point, is tight when the defaults are searched: a term's score is its weight times that impact.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly struct BlockMeta
{
    /// <summary>Bytes per entry in blocks.bin.</summary>
    public const int Size = 12;

    private const double ImpactScale = 65535.0;

    private readonly int _lastDoc;
    private readonly int _offset;
    private readonly ushort _impact;
    private readonly byte _maxTf;
    private readonly byte _minNorm;

    /// <summary>The last (largest) document of the block.</summary>
    public int LastDoc => _lastDoc;

    /// <summary>Where the block starts, in bytes from the term's first postings byte.</summary>
    public int Offset => _offset;

    /// <summary>An upper bound of the block's tf values.</summary>
    public int MaxTf => _maxTf == byte.MaxValue ? int.MaxValue : _maxTf;

    /// <summary>A lower bound of the block's document lengths (exact under Lucene's one-byte encoding).</summary>
    public int MinLength => SmallFloat.Byte4ToInt(_minNorm);

    /// <summary>An upper bound of the block's default-parameter impact.</summary>
    public float MaxDefaultImpact => MathF.BitIncrement((float)(_impact / ImpactScale));

    /// <summary>
    /// Writes one entry at the start of <paramref name="output"/>; every bound is rounded in the direction that keeps it
    /// a bound. <paramref name="minNorm"/> is the smallest length byte of the block (the byte of its shortest length).
    /// </summary>
    internal static void Write(Span<byte> output, int lastDoc, int offset, int maxTf, byte minNorm, double maxImpact)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output, lastDoc);
        BinaryPrimitives.WriteInt32LittleEndian(output[4..], offset);
        double scaled = Math.Ceiling(maxImpact * ImpactScale);
        ushort impact = (ushort)Math.Min(scaled, ImpactScale);
        if (impact / ImpactScale < maxImpact)
        {
            impact = (ushort)Math.Min(impact + 1, ImpactScale);
        }

        BinaryPrimitives.WriteUInt16LittleEndian(output[8..], impact);
        output[10] = (byte)Math.Min(maxTf, byte.MaxValue);
        output[11] = minNorm;
    }
}
