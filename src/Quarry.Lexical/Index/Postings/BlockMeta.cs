using System.Runtime.InteropServices;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Skip data of one postings block: its last document, where it starts, the two numbers that bound any BM25 score
/// inside it for every k1 and b (largest tf, shortest document), and the block's largest BM25 impact
/// <c>x / (1 + x)</c>, <c>x = tf × cache</c>, under the default parameters (k1 0.9, b 0.4, one-byte lengths):
/// a term's score is its weight times that impact, so the bound is tight when the defaults are searched.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct BlockMeta(int LastDoc, int Offset, int MaxTf, int MinLength, float MaxDefaultImpact)
{
    /// <summary>Bytes per entry in blocks.bin.</summary>
    public const int Size = 20;
}
