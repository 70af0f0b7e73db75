using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Quarry.Lexical.Index.Storage;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Index.Lengths;

/// <summary>
/// Here is a document, how long is it: Lucene's length bytes, memory-mapped, and the exact token counts, rebuilt from
/// the length bytes and lengths.bin into memory (4 bytes a document) on first use.
/// </summary>
public sealed unsafe class DocumentLengths : IDisposable
{
    private readonly MappedFile _norms;
    private readonly MappedFile _lengths;
    private readonly int _count;
    private readonly Lazy<int[]> _exact;

    internal DocumentLengths(string directory, int documentCount)
    {
        _norms = new MappedFile(Path.Combine(directory, IndexFiles.Norms));
        _lengths = new MappedFile(Path.Combine(directory, IndexFiles.Lengths));
        _count = documentCount;
        long packed = LengthsWriter.PackedBytes(documentCount);
        if (_norms.Length != documentCount || _lengths.Length < packed || (_lengths.Length - packed) % 8 != 0)
        {
            Dispose();
            throw new InvalidDataException($"{_lengths.Path}: sizes do not match {documentCount} documents");
        }

        _exact = new Lazy<int[]>(Expand, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal byte* NormPointer => _norms.Pointer;

    /// <summary>The exact lengths as int32 per document (expanded on first use; the array is pinned).</summary>
    internal int* LengthPointer => (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_exact.Value));

    /// <summary>The number of tokens the analyzer emitted for a document.</summary>
    public int Length(int doc) => _exact.Value[doc];

    /// <summary>The document's one-byte encoded length (SmallFloat.intToByte4).</summary>
    public byte Norm(int doc) => NormPointer[doc];

    public void Dispose()
    {
        _norms.Dispose();
        _lengths.Dispose();
    }

    private int[] Expand()
    {
        int[] lengths = GC.AllocateUninitializedArray<int>(_count, pinned: true);
        byte* norms = _norms.Pointer;
        byte* nibbles = _lengths.Pointer;
        int* exceptions = (int*)(_lengths.Pointer + LengthsWriter.PackedBytes(_count));
        long exceptionCount = (_lengths.Length - LengthsWriter.PackedBytes(_count)) / 8;
        long next = 0;
        for (int d = 0; d < _count; d++)
        {
            int remainder = (nibbles[d >> 1] >> ((d & 1) << 2)) & 15;
            if (remainder == LengthsWriter.Escape)
            {
                if (next >= exceptionCount || exceptions[next * 2] != d)
                {
                    throw new InvalidDataException($"{_lengths.Path}: exception list does not match document {d}");
                }

                lengths[d] = exceptions[(next * 2) + 1];
                next++;
            }
            else
            {
                lengths[d] = SmallFloat.Byte4ToInt(norms[d]) + remainder;
            }
        }

        return lengths;
    }
}
