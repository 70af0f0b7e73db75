using System.Text;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>
/// Here is a term, where are its postings: the memory-mapped, byte-sorted, front-coded dictionary. A lookup
/// binary-searches the groups' first terms, then decodes at most one group of <see cref="GroupSize"/> terms.
/// </summary>
public sealed unsafe partial class TermDictionary : IDisposable
{
    /// <summary>Terms per front-coded group: a lookup decodes at most this many entries.</summary>
    public const int GroupSize = 32;

    private const int HeaderSize = 16;
    private const int GroupEntrySize = 24;

    private readonly MappedFile _terms;
    private readonly MappedFile _index;
    private readonly long _groups;
    private readonly int _maxTermBytes;

    internal TermDictionary(string directory)
    {
        _terms = new MappedFile(Path.Combine(directory, IndexFiles.Terms));
        _index = new MappedFile(Path.Combine(directory, IndexFiles.TermIndex));
        try
        {
            if (_index.Length < HeaderSize || *(int*)(_index.Pointer + 8) != GroupSize)
            {
                throw new InvalidDataException($"{_index.Path}: not a term index of groups of {GroupSize}");
            }

            Count = *(long*)_index.Pointer;
            _maxTermBytes = *(int*)(_index.Pointer + 12);
            _groups = (Count + GroupSize - 1) / GroupSize;
            if (_index.Length != HeaderSize + (_groups * GroupEntrySize))
            {
                throw new InvalidDataException($"{_index.Path}: size does not match {Count} terms");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Number of distinct terms.</summary>
    public long Count { get; }

    /// <summary>Looks a term up; false when the index never saw it.</summary>
    public bool TryGet(string term, out TermInfo info)
    {
        int max = Encoding.UTF8.GetMaxByteCount(term.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[max] : new byte[max];
        int n = Encoding.UTF8.GetBytes(term, buffer);
        return TryGet(buffer[..n], out info);
    }

    /// <summary>Looks a term up by its UTF-8 bytes.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out TermInfo info)
    {
        info = default;
        if (utf8.Length > _maxTermBytes)
        {
            return false;
        }

        // The last group whose first term is not after the key is the only one that may hold it.
        long lo = 0;
        long hi = _groups - 1;
        long group = -1;
        while (lo <= hi)
        {
            long mid = lo + ((hi - lo) >> 1);
            if (GroupHead(mid).SequenceCompareTo(utf8) <= 0)
            {
                group = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (group < 0)
        {
            return false;
        }

        Span<byte> term = _maxTermBytes <= 1024 ? stackalloc byte[_maxTermBytes] : new byte[_maxTermBytes];
        var reader = new GroupReader(this, group);
        while (reader.Next(term, out int length, out info))
        {
            int cmp = term[..length].SequenceCompareTo(utf8);
            if (cmp >= 0)
            {
                return cmp == 0;
            }
        }

        return false;
    }

    /// <summary>The term at a position of the sorted dictionary.</summary>
    public string TermAt(long ordinal)
    {
        Span<byte> term = _maxTermBytes <= 1024 ? stackalloc byte[_maxTermBytes] : new byte[_maxTermBytes];
        int length = Seek(ordinal, term, out _);
        return Encoding.UTF8.GetString(term[..length]);
    }

    /// <summary>The entry at a position of the sorted dictionary.</summary>
    public TermInfo Entry(long ordinal)
    {
        Span<byte> term = _maxTermBytes <= 1024 ? stackalloc byte[_maxTermBytes] : new byte[_maxTermBytes];
        Seek(ordinal, term, out var info);
        return info;
    }

    /// <summary>Every term with its entry, in dictionary (UTF-8 byte) order.</summary>
    public IEnumerable<(string Term, TermInfo Info)> Enumerate()
    {
        byte[] term = new byte[Math.Max(1, _maxTermBytes)];
        for (long group = 0; group < _groups; group++)
        {
            foreach (var entry in DecodeGroup(group, term))
            {
                yield return entry;
            }
        }
    }

    public void Dispose()
    {
        _terms.Dispose();
        _index.Dispose();
    }

    private List<(string Term, TermInfo Info)> DecodeGroup(long group, byte[] term)
    {
        var found = new List<(string, TermInfo)>(GroupSize);
        var reader = new GroupReader(this, group);
        while (reader.Next(term, out int length, out var info))
        {
            found.Add((Encoding.UTF8.GetString(term, 0, length), info));
        }

        return found;
    }

    private int Seek(long ordinal, Span<byte> term, out TermInfo info)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
        var reader = new GroupReader(this, ordinal / GroupSize);
        int length = 0;
        info = default;
        for (long i = 0; i <= ordinal % GroupSize; i++)
        {
            reader.Next(term, out length, out info);
        }

        return length;
    }

    /// <summary>The whole first term of a group (its prefix length is always 0).</summary>
    private ReadOnlySpan<byte> GroupHead(long group)
    {
        byte* p = _terms.Pointer + GroupStart(group).TermsOffset;
        int suffix = *p++ & 15;
        if (suffix == 15)
        {
            suffix += (int)Varint.Read(ref p);
        }

        return new ReadOnlySpan<byte>(p, suffix);
    }

    private (long TermsOffset, long PostingsOffset, long FirstBlock) GroupStart(long group)
    {
        long* e = (long*)(_index.Pointer + HeaderSize + (group * GroupEntrySize));
        return (e[0], e[1], e[2]);
    }
}
