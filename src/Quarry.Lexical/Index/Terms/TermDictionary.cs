using System.Text;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>Here is a term, where are its postings: binary search over the memory-mapped, byte-sorted dictionary.</summary>
public sealed unsafe class TermDictionary : IDisposable
{
    private readonly MappedFile _entries;
    private readonly MappedFile _strings;

    internal TermDictionary(string directory)
    {
        _entries = new MappedFile(Path.Combine(directory, IndexFiles.Terms));
        _strings = new MappedFile(Path.Combine(directory, IndexFiles.TermStrings));
        if (_entries.Length % TermInfo.EntrySize != 0)
        {
            throw new InvalidDataException($"{_entries.Path}: size is not a multiple of {TermInfo.EntrySize}");
        }

        Count = _entries.Length / TermInfo.EntrySize;
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
        long lo = 0;
        long hi = Count - 1;
        while (lo <= hi)
        {
            long mid = lo + ((hi - lo) >> 1);
            int cmp = TermBytes(mid).SequenceCompareTo(utf8);
            if (cmp == 0)
            {
                info = Entry(mid);
                return true;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        info = default;
        return false;
    }

    /// <summary>The term at a position of the sorted dictionary.</summary>
    public string TermAt(long ordinal) => Encoding.UTF8.GetString(TermBytes(ordinal));

    /// <summary>The entry at a position of the sorted dictionary.</summary>
    public TermInfo Entry(long ordinal)
    {
        byte* e = _entries.Pointer + (ordinal * TermInfo.EntrySize);
        return new TermInfo(*(int*)(e + 24), *(long*)(e + 8), *(long*)(e + 16));
    }

    public void Dispose()
    {
        _entries.Dispose();
        _strings.Dispose();
    }

    private ReadOnlySpan<byte> TermBytes(long ordinal)
    {
        byte* e = _entries.Pointer + (ordinal * TermInfo.EntrySize);
        return _strings.Span(*(long*)e, *(int*)(e + 28));
    }
}
