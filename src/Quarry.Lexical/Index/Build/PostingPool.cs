using System.Runtime.CompilerServices;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Build;

/// <summary>Where one postings list lives in a <see cref="PostingPool"/>: its first slice, the write position and the end of the current slice.</summary>
internal struct PostingList
{
    public uint Start;
    public uint Write;
    public uint End;
    public int Slices;
}

/// <summary>
/// The postings lists of many terms, varint-compressed (document gap, tf), in a few 1 MiB blocks. Each list is a chain of
/// slices that double in size (16 bytes up to 4 KiB), each ending with the 4-byte address of the next. A build has
/// hundreds of thousands of terms, most of them in one or two documents: one array per term would cost an object header,
/// a resize copy per growth and garbage-collector work per term; here the collector sees a few hundred arrays.
/// </summary>
internal sealed class PostingPool
{
    private const int BlockBits = 20;
    private const int BlockSize = 1 << BlockBits;
    private const uint OffsetMask = BlockSize - 1;
    private const int MaxBlocks = 1 << (32 - BlockBits);

    // A posting is two varints of at most 5 bytes: a slice with less room left is closed before writing one.
    private const int MaxPosting = 10;
    private const int LinkBytes = 4;
    private static readonly int[] SliceSizes = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096];

    private readonly List<byte[]> _blocks = [];
    private int _used = BlockSize;

    /// <summary>Appends one posting to <paramref name="list"/>.</summary>
    public void Append(ref PostingList list, uint gap, uint tf)
    {
        if (list.End - list.Write < MaxPosting)
        {
            NextSlice(ref list);
        }

        byte[] block = _blocks[(int)(list.Write >> BlockBits)];
        int pos = (int)(list.Write & OffsetMask);
        pos = Varint.Write(block, pos, gap);
        pos = Varint.Write(block, pos, tf);
        list.Write = (list.Write & ~OffsetMask) | (uint)pos;
    }

    /// <summary>Decodes the first <paramref name="count"/> postings of <paramref name="list"/> (document numbers from their gaps).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs only in the write pass, too briefly for tiered compilation to reach it
    public void Read(in PostingList list, int count, Span<int> docs, Span<int> tfs)
    {
        uint address = list.Start;
        uint end = address + (uint)SliceSizes[0] - LinkBytes;
        int slices = 1;
        byte[] block = _blocks[(int)(address >> BlockBits)];
        int pos = (int)(address & OffsetMask);
        int doc = 0;
        for (int i = 0; i < count; i++)
        {
            // The same test as the writer's: a slice with less than one posting's room left was closed there.
            if (end - ((address & ~OffsetMask) | (uint)pos) < MaxPosting)
            {
                address = BitConverter.ToUInt32(block, (int)(end & OffsetMask));
                end = address + (uint)SliceSizes[Math.Min(slices, SliceSizes.Length - 1)] - LinkBytes;
                slices++;
                block = _blocks[(int)(address >> BlockBits)];
                pos = (int)(address & OffsetMask);
            }

            doc += (int)Varint.Read(block, ref pos);
            docs[i] = doc;
            tfs[i] = (int)Varint.Read(block, ref pos);
        }
    }

    private void NextSlice(ref PostingList list)
    {
        int size = SliceSizes[Math.Min(list.Slices, SliceSizes.Length - 1)];
        if (BlockSize - _used < size)
        {
            if (_blocks.Count == MaxBlocks)
            {
                throw new InvalidOperationException("the postings of one build thread exceed 4 GiB; build with more threads");
            }

            _blocks.Add(GC.AllocateUninitializedArray<byte>(BlockSize));
            _used = 0;
        }

        uint address = ((uint)(_blocks.Count - 1) << BlockBits) | (uint)_used;
        _used += size;
        if (list.Slices == 0)
        {
            list.Start = address;
        }
        else
        {
            BitConverter.TryWriteBytes(_blocks[(int)(list.End >> BlockBits)].AsSpan((int)(list.End & OffsetMask), LinkBytes), address);
        }

        list.Write = address;
        list.End = address + (uint)size - LinkBytes;
        list.Slices++;
    }
}
