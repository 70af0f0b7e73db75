namespace Quarry.Lexical.Index.Terms;

/// <summary>
/// What the dictionary knows about one term: document frequency, where its postings start, and where its entries in
/// blocks.bin start (-1 for a term whose postings fit in one block: such terms have no entry).
/// </summary>
public readonly record struct TermInfo(int DocumentFrequency, long PostingsOffset, long FirstBlock)
{
    public int BlockCount => (DocumentFrequency + Postings.BlockCodec.BlockSize - 1) / Postings.BlockCodec.BlockSize;

    /// <summary>Whether the term has entries in blocks.bin (more than one postings block).</summary>
    public bool HasBlockEntries => DocumentFrequency > Postings.BlockCodec.BlockSize;
}
