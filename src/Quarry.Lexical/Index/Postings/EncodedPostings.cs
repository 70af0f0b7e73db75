namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// A run of consecutive terms' postings encoded in memory: their postings.bin bytes and blocks.bin entries, with
/// offsets relative to the run, so that runs encoded on different threads append to the files in order unchanged.
/// </summary>
internal sealed class EncodedPostings
{
    /// <summary>The postings.bin bytes of the run.</summary>
    public ByteBuffer Postings { get; } = new();

    /// <summary>The blocks.bin entries of the run (block offsets inside an entry are relative to their term, so they need no relocation).</summary>
    public ByteBuffer Blocks { get; } = new(1 << 12);

    /// <summary>Entries in <see cref="Blocks"/>.</summary>
    public int BlockEntryCount { get; set; }

    /// <summary>Postings blocks written, entries in blocks.bin or not.</summary>
    public long BlockCount { get; set; }

    public long PostingCount { get; set; }

    public void Clear()
    {
        Postings.Clear();
        Blocks.Clear();
        BlockEntryCount = 0;
        BlockCount = 0;
        PostingCount = 0;
    }
}
