namespace Quarry.Lexical.Index.Terms;

/// <summary>What the dictionary knows about one term: document frequency and where its postings and blocks start.</summary>
public readonly record struct TermInfo(int DocumentFrequency, long PostingsOffset, long FirstBlock)
{
    /// <summary>Bytes per entry in terms.bin: string offset, postings offset, first block (8 each), df, string length (4 each).</summary>
    public const int EntrySize = 32;

    public int BlockCount => (DocumentFrequency + Postings.BlockCodec.BlockSize - 1) / Postings.BlockCodec.BlockSize;
}
