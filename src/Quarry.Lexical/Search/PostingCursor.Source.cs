using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Search;

/// <summary>
/// The part of <see cref="PostingCursor"/> that knows the index's on-disk layout: where a term's postings and block
/// entries are, how a block decodes, and the per-block bounds. Everything else in the cursor goes through these members.
/// A term with a single block has no entry in blocks.bin: its bounds come from decoding that block once, on first use.
/// </summary>
public sealed unsafe partial class PostingCursor
{
    private readonly byte* _postings;
    private readonly byte* _postingsEnd;
    private readonly BlockMeta* _blocks;
    private readonly int _blockCount;
    private readonly int _df;
    private SingleBlockBounds _single;

    private static void OpenSource(LexicalIndex index, Index.Terms.TermInfo term, out byte* postings, out byte* postingsEnd, out BlockMeta* blocks, out int blockCount, out int df)
    {
        postings = index.PostingsPointer + term.PostingsOffset;
        postingsEnd = index.PostingsEnd;
        blocks = term.HasBlockEntries ? index.BlocksPointer + term.FirstBlock : null;
        blockCount = term.BlockCount;
        df = term.DocumentFrequency;
    }

    /// <summary>The last document of block <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockLastDoc(int block) => _blocks != null ? _blocks[block].LastDoc : OnlyBlock.LastDoc;

    /// <summary>The largest tf in block <paramref name="block"/> (or a larger number).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockMaxTf(int block) => _blocks != null ? _blocks[block].MaxTf : OnlyBlock.MaxTf;

    /// <summary>The shortest document length in block <paramref name="block"/> (or a smaller number).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockMinLength(int block) => _blocks != null ? _blocks[block].MinLength : OnlyBlock.MinLength;

    /// <summary>The largest default-parameter impact in block <paramref name="block"/> (or a larger number).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float BlockMaxImpact(int block) => _blocks != null ? _blocks[block].MaxDefaultImpact : OnlyBlock.MaxImpact;

    /// <summary>The bounds of a single-block list, computed on first use.</summary>
    private ref SingleBlockBounds OnlyBlock
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (!_single.Ready)
            {
                ComputeSingleBounds();
            }

            return ref _single;
        }
    }

    /// <summary>Decodes block <paramref name="block"/> into <c>_docs</c> and <c>_tfs</c> (absolute documents, tf ≥ 1).</summary>
    private void Decode(int block)
    {
        _block = block;
        fixed (int* docs = _docs)
        fixed (int* tfs = _tfs)
        {
            _count = DecodeInto(block, docs, tfs);
        }

        _pos = 0;
    }

    private int DecodeInto(int block, int* docs, int* tfs)
    {
        byte* p = _blocks != null ? _postings + _blocks[block].Offset : _postings;
        int n = block == _blockCount - 1 ? _df - (block * BlockCodec.BlockSize) : BlockCodec.BlockSize;
        BlockFormat.Read(p, n, docs, tfs, _postingsEnd);
        int previous = block == 0 ? 0 : _blocks[block - 1].LastDoc;
        int i = 0;
        if (Avx512F.IsSupported)
        {
            // Prefix sums sixteen lanes at a time: four shifted additions within the vector, then the running carry.
            var carry = Vector512.Create(previous);
            var one = Vector512.Create(1);
            var last = Vector512.Create(15);
            for (; i + 16 <= n; i += 16)
            {
                var x = Vector512.Load(docs + i);
                x += Avx512F.AlignRight32(x, Vector512<int>.Zero, 15);
                x += Avx512F.AlignRight32(x, Vector512<int>.Zero, 14);
                x += Avx512F.AlignRight32(x, Vector512<int>.Zero, 12);
                x += Avx512F.AlignRight32(x, Vector512<int>.Zero, 8);
                x += carry;
                x.Store(docs + i);
                carry = Avx512F.PermuteVar16x32(x, last);
                (Vector512.Load(tfs + i) + one).Store(tfs + i);
            }

            previous = carry.ToScalar();
        }

        for (; i < n; i++)
        {
            previous += docs[i];
            docs[i] = previous;
            tfs[i]++;
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ComputeSingleBounds()
    {
        int* docs = stackalloc int[BlockCodec.BlockSize];
        int* tfs = stackalloc int[BlockCodec.BlockSize];
        int n;
        if (_block == 0)
        {
            // The block is decoded already (the cursor has opened on it; the cursor only reads what Decode wrote): no second decode.
            n = _count;
            _docs.AsSpan(0, n).CopyTo(new Span<int>(docs, n));
            _tfs.AsSpan(0, n).CopyTo(new Span<int>(tfs, n));
        }
        else
        {
            n = DecodeInto(0, docs, tfs);
        }

        int maxTf = 0;
        int minLength = int.MaxValue;
        double maxImpact = 0;
        for (int i = 0; i < n; i++)
        {
            maxTf = Math.Max(maxTf, tfs[i]);
            // Without exact lengths the bucket's smallest length stands in: it encodes to the same length byte.
            minLength = Math.Min(minLength, _exact ? _lengths[docs[i]] : SmallFloat.Byte4ToInt(_norms[docs[i]]));
            // The impact as the writer computes it for block entries; it only serves searches with the default
            // parameters, whose cache this is (other searches ignore it).
            double x = tfs[i] * (double)_normCache[_norms[docs[i]]];
            maxImpact = Math.Max(maxImpact, x / (1 + x));
        }

        _single = new SingleBlockBounds(true, docs[n - 1], maxTf, minLength, _useImpacts ? MathF.BitIncrement((float)maxImpact) : 1f);
    }

    /// <summary>What a blocks.bin entry would hold for the only block of a short list.</summary>
    private readonly record struct SingleBlockBounds(bool Ready, int LastDoc, int MaxTf, int MinLength, float MaxImpact);
}
