using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>
/// Writes the dictionary: terms.bin (terms front-coded in groups of <see cref="TermDictionary.GroupSize"/>, each with its
/// document frequency and postings-offset delta) and terms.idx (per group: where it starts, and the postings offset and
/// block number of its first term). Terms arrive as <see cref="Segment"/>s encoded in memory, appended in order.
/// docs/index-format.md has the byte layout.
/// </summary>
internal sealed partial class TermsWriter : IDisposable
{
    private readonly string _directory;
    private readonly BinaryOutput _terms;
    private readonly List<(long TermsOffset, long PostingsOffset, long FirstBlock)> _groups = [];
    private int _maxTermBytes;

    public TermsWriter(string directory)
    {
        _directory = directory;
        _terms = new BinaryOutput(Path.Combine(directory, IndexFiles.Terms));
    }

    public long Count { get; private set; }

    /// <summary>
    /// Appends the next run of terms, whose postings start at <paramref name="postingsBase"/> in postings.bin and whose
    /// block entries start at entry <paramref name="blockBase"/>. Every run but the last holds whole groups.
    /// </summary>
    public void Append(Segment segment, long postingsBase, long blockBase)
    {
        if (Count % TermDictionary.GroupSize != 0)
        {
            throw new InvalidOperationException("only the last run of terms may end inside a group");
        }

        long termsBase = _terms.Position;
        foreach (var (termsOffset, postingsOffset, firstBlock) in segment.Groups)
        {
            _groups.Add((termsBase + termsOffset, postingsBase + postingsOffset, blockBase + firstBlock));
        }

        _terms.WriteBytes(segment.Bytes);
        _maxTermBytes = Math.Max(_maxTermBytes, segment.MaxTermBytes);
        Count += segment.Count;
    }

    public void Dispose()
    {
        _terms.Dispose();
        using var index = new BinaryOutput(Path.Combine(_directory, IndexFiles.TermIndex));
        index.WriteInt64(Count);
        index.WriteInt32(TermDictionary.GroupSize);
        index.WriteInt32(_maxTermBytes);
        foreach (var (termsOffset, postingsOffset, firstBlock) in _groups)
        {
            index.WriteInt64(termsOffset);
            index.WriteInt64(postingsOffset);
            index.WriteInt64(firstBlock);
        }
    }
}
