using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Postings;

/// <summary>Writes postings.bin (bit-packed 128-document blocks) and blocks.bin (one <see cref="BlockMeta"/> per block).</summary>
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

    public long BlockCount { get; private set; }

    public long PostingCount { get; private set; }

    /// <summary>Writes one term's postings (documents ascending) and returns where they start.</summary>
    public (long PostingsOffset, long FirstBlock) WriteTerm(ReadOnlySpan<int> docs, ReadOnlySpan<int> tfs, ReadOnlySpan<int> lengths)
    {
        long start = _postings.Position;
        long firstBlock = BlockCount;
        int previous = 0;
        for (int from = 0; from < docs.Length; from += BlockCodec.BlockSize)
        {
            int n = Math.Min(BlockCodec.BlockSize, docs.Length - from);
            int maxTf = 0;
            int minLength = int.MaxValue;
            double maxImpact = 0;
            for (int i = 0; i < n; i++)
            {
                int doc = docs[from + i];
                _deltas[i] = doc - previous;
                previous = doc;
                int tf = tfs[from + i];
                _tfMinusOne[i] = tf - 1;
                maxTf = Math.Max(maxTf, tf);
                minLength = Math.Min(minLength, lengths[doc]);
                double x = tf * (double)_defaultCache[Scoring.SmallFloat.IntToByte4(lengths[doc])];
                maxImpact = Math.Max(maxImpact, x / (1 + x));
            }

            // Rounded up to float so the stored impact never understates the block.
            float impact = MathF.BitIncrement((float)maxImpact);
            var meta = new BlockMeta(previous, checked((int)(_postings.Position - start)), maxTf, minLength, impact);
            WriteBlock(n);
            _blocks.WriteInt32(meta.LastDoc);
            _blocks.WriteInt32(meta.Offset);
            _blocks.WriteInt32(meta.MaxTf);
            _blocks.WriteInt32(meta.MinLength);
            _blocks.WriteInt32(BitConverter.SingleToInt32Bits(meta.MaxDefaultImpact));
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

    private void WriteBlock(int n)
    {
        int docBits = BlockCodec.BitsFor(_deltas.AsSpan(0, n));
        int tfBits = BlockCodec.BitsFor(_tfMinusOne.AsSpan(0, n));
        _postings.WriteByte((byte)docBits);
        _postings.WriteByte((byte)tfBits);
        int docBytes = BlockCodec.PackedBytes(n, docBits);
        BlockCodec.Pack(_deltas.AsSpan(0, n), docBits, _packed.AsSpan(0, docBytes + 8));
        _postings.WriteBytes(_packed.AsSpan(0, docBytes));
        int tfBytes = BlockCodec.PackedBytes(n, tfBits);
        BlockCodec.Pack(_tfMinusOne.AsSpan(0, n), tfBits, _packed.AsSpan(0, tfBytes + 8));
        _postings.WriteBytes(_packed.AsSpan(0, tfBytes));
    }
}
