using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>
/// Writes the dictionary: terms.bin (terms front-coded in groups of <see cref="TermDictionary.GroupSize"/>, each with its
/// document frequency and postings-offset delta) and terms.idx (per group: where it starts, and the postings offset and
/// block number of its first term). docs/index-format.md has the byte layout.
/// </summary>
internal sealed class TermsWriter : IDisposable
{
    private readonly string _directory;
    private readonly BinaryOutput _terms;
    private readonly List<(long TermsOffset, long PostingsOffset, long FirstBlock)> _groups = [];
    private byte[] _previous = new byte[64];
    private int _previousLength;
    private long _previousOffset;
    private long _nextBlock;
    private int _maxTermBytes;

    public TermsWriter(string directory)
    {
        _directory = directory;
        _terms = new BinaryOutput(Path.Combine(directory, IndexFiles.Terms));
    }

    public long Count { get; private set; }

    /// <summary>Appends a term; callers add terms in ascending UTF-8 byte order, with postings offsets ascending.</summary>
    public void Add(ReadOnlySpan<byte> utf8, TermInfo info)
    {
        int prefix = 0;
        if (Count % TermDictionary.GroupSize == 0)
        {
            // A group starts with its whole term so that lookups can binary-search group heads.
            _groups.Add((_terms.Position, info.PostingsOffset, _nextBlock));
        }
        else
        {
            prefix = utf8.CommonPrefixLength(_previous.AsSpan(0, _previousLength));
        }

        if (info.HasBlockEntries && info.FirstBlock != _nextBlock)
        {
            throw new InvalidOperationException("block entries must follow dictionary order");
        }

        int suffix = utf8.Length - prefix;
        _terms.WriteByte((byte)((Math.Min(prefix, 15) << 4) | Math.Min(suffix, 15)));
        if (prefix >= 15)
        {
            _terms.WriteVarint((ulong)(prefix - 15));
        }

        if (suffix >= 15)
        {
            _terms.WriteVarint((ulong)(suffix - 15));
        }

        _terms.WriteBytes(utf8[prefix..]);
        _terms.WriteVarint((ulong)info.DocumentFrequency);
        if (Count % TermDictionary.GroupSize != 0)
        {
            _terms.WriteVarint((ulong)(info.PostingsOffset - _previousOffset));
        }

        if (_previous.Length < utf8.Length)
        {
            _previous = new byte[Math.Max(utf8.Length, _previous.Length * 2)];
        }

        utf8.CopyTo(_previous);
        _previousLength = utf8.Length;
        _previousOffset = info.PostingsOffset;
        _nextBlock += info.HasBlockEntries ? info.BlockCount : 0;
        _maxTermBytes = Math.Max(_maxTermBytes, utf8.Length);
        Count++;
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
