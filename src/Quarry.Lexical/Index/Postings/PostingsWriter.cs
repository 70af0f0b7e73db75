using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Writes postings.bin and blocks.bin (one <see cref="BlockMeta"/> per block of the terms with more than one block; a
/// single block's bounds are computed by the reader from the block itself) from runs of terms encoded in memory by
/// <see cref="PostingsEncoder"/>, appended in dictionary order.
/// </summary>
internal sealed class PostingsWriter : IDisposable
{
    private readonly BinaryOutput _postings;
    private readonly BinaryOutput _blocks;

    public PostingsWriter(string directory)
    {
        _postings = new BinaryOutput(Path.Combine(directory, IndexFiles.Postings));
        _blocks = new BinaryOutput(Path.Combine(directory, IndexFiles.Blocks));
    }

    /// <summary>Postings blocks written, entries in blocks.bin or not.</summary>
    public long BlockCount { get; private set; }

    /// <summary>Entries written to blocks.bin.</summary>
    public long BlockEntryCount { get; private set; }

    public long PostingCount { get; private set; }

    /// <summary>Appends the next run; returns where it starts in postings.bin and its first entry number in blocks.bin.</summary>
    public (long PostingsBase, long BlockBase) Append(EncodedPostings run)
    {
        long postingsBase = _postings.Position;
        long blockBase = BlockEntryCount;
        _postings.WriteBytes(run.Postings.Written);
        _blocks.WriteBytes(run.Blocks.Written);
        BlockEntryCount += run.BlockEntryCount;
        BlockCount += run.BlockCount;
        PostingCount += run.PostingCount;
        return (postingsBase, blockBase);
    }

    public void Dispose()
    {
        _postings.WriteBytes(new byte[BlockCodec.Padding]);
        _postings.Dispose();
        _blocks.Dispose();
    }
}
