using System.Runtime.InteropServices;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Skip data of one postings block: its last document, where it starts, and the two numbers that bound any
/// BM25 score inside it (largest tf, shortest document), so pruning can skip a block without decoding it.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct BlockMeta(int LastDoc, int Offset, int MaxTf, int MinLength)
{
    /// <summary>Bytes per entry in blocks.bin.</summary>
    public const int Size = 16;
}
