using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Postings;

/// <summary>
/// Writes postings.bin (128-document blocks, see <see cref="BlockFormat"/>) and blocks.bin (one <see cref="BlockMeta"/> per block of the terms
/// with more than one block; a single block's bounds are computed by the reader from the block itself).
/// </summary>
internal sealed class PostingsWriter : IDisposable
{
    private readonly BinaryOutput _postings;
    private readonly BinaryOutput _blocks;
    private readonly int[] _deltas = new int[BlockCodec.BlockSize];
    private readonly int[] _tfMinusOne = new int[BlockCodec.BlockSize];
    private readonly byte[] _packed = new byte[(BlockCodec.BlockSize * 4 * 2) + 2];

    private readonly float[] _defaultCache;

    /// <summary><paramref name="defaultCache"/>: the per-length-byte factors of the default BM25 parameters for this collection.</summary>
    public PostingsWriter(string directory, ReadOnlySpan<float> defaultCache)
    {
        _defaultCache = defaultCache.ToArray();
        _postings = new BinaryOutput(Path.Combine(directory, IndexFiles.Postings));
        _blocks = new BinaryOutput(Path.Combine(directory, IndexFiles.Blocks));
    }

    /// <summary>Postings blocks written, entries in blocks.bin or not.</summary>
    public long BlockCount { get; private set; }

    /// <summary>Entries written to blocks.bin.</summary>
    public long BlockEntryCount { get; private set; }

    public long PostingCount { get; private set; }

    /// <summary>Writes one term's postings (documents ascending) and returns where they start (first block -1: no entries).</summary>
    public (long PostingsOffset, long FirstBlock) WriteTerm(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs, ReadOnlySpan<int> lengths)
    {
        long start = _postings.Position;
        bool entries = docs.Length > BlockCodec.BlockSize;
        long firstBlock = entries ? BlockEntryCount : -1;
        int previous = 0;
        for (int from = 0; from < docs.Length; from += BlockCodec.BlockSize)
        {
            int n = Math.Min(BlockCodec.BlockSize, docs.Length - from);
            for (int i = 0; i < n; i++)
            {
                int doc = docs[from + i];
                _deltas[i] = doc - previous;
                previous = doc;
                _tfMinusOne[i] = tfs[from + i] - 1;
            }

            if (entries)
            {
                var (maxTf, minLength, maxImpact) = Bounds(docs.Slice(from, n), tfs.Slice(from, n), lengths);
                BlockMeta.Write(_blocks, previous, checked((int)(_postings.Position - start)), maxTf, minLength, maxImpact);
                BlockEntryCount++;
            }

            WriteBlock(n);
            BlockCount++;
        }

        PostingCount += docs.Length;
        return (start, firstBlock);
    }

    public void Dispose()
    {
        _postings.WriteBytes(new byte[BlockCodec.Padding]);
        _postings.Dispose();
        _blocks.Dispose();
    }

    private (int MaxTf, int MinLength, double MaxImpact) Bounds(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs, ReadOnlySpan<int> lengths)
    {
        int maxTf = 0;
        int minLength = int.MaxValue;
        double maxImpact = 0;
        for (int i = 0; i < docs.Length; i++)
        {
            int length = lengths[docs[i]];
            maxTf = Math.Max(maxTf, tfs[i]);
            minLength = Math.Min(minLength, length);
            double x = tfs[i] * (double)_defaultCache[Scoring.SmallFloat.IntToByte4(length)];
            maxImpact = Math.Max(maxImpact, x / (1 + x));
        }

        return (maxTf, minLength, maxImpact);
    }

    private void WriteBlock(int n) =>
        BlockFormat.Write(_postings, _deltas.AsSpan(0, n), _tfMinusOne.AsSpan(0, n), _packed);
}
