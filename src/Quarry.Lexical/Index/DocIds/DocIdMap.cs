using System.Text;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocIds;

/// <summary>Here is an internal document number, what is its external id (and back), memory-mapped.</summary>
public sealed unsafe class DocIdMap : IDisposable
{
    private readonly MappedFile _bytes;
    private readonly MappedFile _offsets;
    private readonly MappedFile _sorted;
    private readonly MappedFile _ranks;

    internal DocIdMap(string directory, int documentCount)
    {
        _bytes = new MappedFile(Path.Combine(directory, IndexFiles.IdBytes));
        _offsets = new MappedFile(Path.Combine(directory, IndexFiles.IdOffsets));
        _sorted = new MappedFile(Path.Combine(directory, IndexFiles.IdSorted));
        _ranks = new MappedFile(Path.Combine(directory, IndexFiles.IdRanks));
        if (_offsets.Length != (documentCount + 1L) * 8 || _sorted.Length != documentCount * 4L || _ranks.Length != documentCount * 4L)
        {
            throw new InvalidDataException($"{_offsets.Path}: sizes do not match {documentCount} documents");
        }

        Count = documentCount;
    }

    public int Count { get; }

    /// <summary>Each document's position in external-id order (UTF-8 bytes ascending); ties in score are broken by it.</summary>
    internal int* RankPointer => (int*)_ranks.Pointer;

    /// <summary>The external id of a document.</summary>
    public string GetId(int doc) => Encoding.UTF8.GetString(IdBytes(doc));

    /// <summary>The position of a document's id in ascending id order.</summary>
    public int Rank(int doc) => RankPointer[doc];

    /// <summary>Finds the internal number of an external id.</summary>
    public bool TryGetDoc(string id, out int doc)
    {
        byte[] key = Encoding.UTF8.GetBytes(id);
        int* sorted = (int*)_sorted.Pointer;
        int lo = 0;
        int hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int cmp = IdBytes(sorted[mid]).SequenceCompareTo(key);
            if (cmp == 0)
            {
                doc = sorted[mid];
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

        doc = -1;
        return false;
    }

    public void Dispose()
    {
        _bytes.Dispose();
        _offsets.Dispose();
        _sorted.Dispose();
        _ranks.Dispose();
    }

    private ReadOnlySpan<byte> IdBytes(int doc)
    {
        long* off = (long*)_offsets.Pointer;
        return _bytes.Span(off[doc], (int)(off[doc + 1] - off[doc]));
    }
}
