using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocIds;

/// <summary>
/// Here is an internal document number, what is its external id (and back): either the decimal ids 0..N-1 in collection
/// order, which need no file, or the memory-mapped id files. Ranks in id order are computed in memory on first use.
/// </summary>
public sealed unsafe class DocIdMap : IDisposable
{
    private readonly MappedFile? _bytes;
    private readonly MappedFile? _offsets;
    private readonly MappedFile? _sorted;
    private readonly bool _wideOffsets;
    private readonly Lazy<int[]> _ranks;

    internal DocIdMap(string directory, int documentCount)
    {
        Count = documentCount;
        _ranks = new Lazy<int[]>(ComputeRanks, LazyThreadSafetyMode.ExecutionAndPublication);
        if (File.Exists(Path.Combine(directory, IndexFiles.IdDecimal)))
        {
            IsDecimal = true;
            return;
        }

        try
        {
            _bytes = new MappedFile(Path.Combine(directory, IndexFiles.IdBytes));
            _offsets = new MappedFile(Path.Combine(directory, IndexFiles.IdOffsets));
            _sorted = new MappedFile(Path.Combine(directory, IndexFiles.IdSorted));
            _wideOffsets = _offsets.Length == (documentCount + 1L) * 8;
            if ((!_wideOffsets && _offsets.Length != (documentCount + 1L) * 4) || _sorted.Length != documentCount * 4L)
            {
                throw new InvalidDataException($"{_offsets.Path}: sizes do not match {documentCount} documents");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public int Count { get; }

    /// <summary>Whether the ids are the decimal numbers 0..Count-1 in collection order (no id files).</summary>
    public bool IsDecimal { get; }

    /// <summary>Each document's position in external-id order (UTF-8 bytes ascending); ties in score are broken by it.</summary>
    internal int* RankPointer => (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_ranks.Value));

    /// <summary>The external id of a document.</summary>
    public string GetId(int doc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(doc);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(doc, Count);
        return IsDecimal ? doc.ToString(CultureInfo.InvariantCulture) : Encoding.UTF8.GetString(IdBytes(doc));
    }

    /// <summary>The position of a document's id in ascending id order.</summary>
    public int Rank(int doc) => _ranks.Value[doc];

    /// <summary>Finds the internal number of an external id.</summary>
    public bool TryGetDoc(string id, out int doc)
    {
        ArgumentNullException.ThrowIfNull(id);
        return IsDecimal ? TryParseDecimal(id, out doc) : TryFind(Encoding.UTF8.GetBytes(id), out doc);
    }

    public void Dispose()
    {
        _bytes?.Dispose();
        _offsets?.Dispose();
        _sorted?.Dispose();
    }

    private bool TryParseDecimal(string id, out int doc)
    {
        doc = -1;
        // Only the canonical spelling is an id: "7", never "07", "+7" or " 7".
        if (id.Length is 0 or > 10 || (id.Length > 1 && id[0] == '0'))
        {
            return false;
        }

        long value = 0;
        foreach (char c in id)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (value >= Count)
        {
            return false;
        }

        doc = (int)value;
        return true;
    }

    private bool TryFind(byte[] key, out int doc)
    {
        int* sorted = (int*)_sorted!.Pointer;
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

    private int[] ComputeRanks()
    {
        int[] ranks = GC.AllocateUninitializedArray<int>(Count, pinned: true);
        if (IsDecimal)
        {
            DecimalOrder.Ranks(ranks);
            return ranks;
        }

        int* sorted = (int*)_sorted!.Pointer;
        for (int r = 0; r < Count; r++)
        {
            ranks[sorted[r]] = r;
        }

        return ranks;
    }

    private ReadOnlySpan<byte> IdBytes(int doc)
    {
        if (_wideOffsets)
        {
            long* off = (long*)_offsets!.Pointer;
            return _bytes!.Span(off[doc], (int)(off[doc + 1] - off[doc]));
        }

        uint* narrow = (uint*)_offsets!.Pointer;
        return _bytes!.Span(narrow[doc], (int)(narrow[doc + 1] - narrow[doc]));
    }
}
