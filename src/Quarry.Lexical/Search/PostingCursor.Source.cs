using System.Runtime.CompilerServices;
using Quarry.Lexical.Index.Postings;

namespace Quarry.Lexical.Search;

/// <summary>
/// The part of <see cref="PostingCursor"/> that knows the index's on-disk layout: where a term's postings and block
/// entries are, how a block decodes, and the per-block bounds. Everything else in the cursor goes through these members.
/// </summary>
public sealed unsafe partial class PostingCursor
{
    private readonly byte* _postings;
    private readonly BlockMeta* _blocks;
    private readonly int _blockCount;
    private readonly int _df;

    private static void OpenSource(LexicalIndex index, Index.Terms.TermInfo term, out byte* postings, out BlockMeta* blocks, out int blockCount, out int df)
    {
        postings = index.PostingsPointer + term.PostingsOffset;
        blocks = index.BlocksPointer + term.FirstBlock;
        blockCount = term.BlockCount;
        df = term.DocumentFrequency;
    }

    /// <summary>The last document of block <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockLastDoc(int block) => _blocks[block].LastDoc;

    /// <summary>The largest tf in block <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockMaxTf(int block) => _blocks[block].MaxTf;

    /// <summary>The shortest document length in block <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BlockMinLength(int block) => _blocks[block].MinLength;

    /// <summary>The largest default-parameter impact in block <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float BlockMaxImpact(int block) => _blocks[block].MaxDefaultImpact;

    /// <summary>Decodes block <paramref name="block"/> into <c>_docs</c> and <c>_tfs</c> (absolute documents, tf ≥ 1).</summary>
    private void Decode(int block)
    {
        _block = block;
        var meta = _blocks[block];
        byte* p = _postings + meta.Offset;
        int n = block == _blockCount - 1 ? _df - (block * BlockCodec.BlockSize) : BlockCodec.BlockSize;
        int docBits = p[0];
        int tfBits = p[1];
        p += 2;
        fixed (int* docs = _docs)
        fixed (int* tfs = _tfs)
        {
            BlockCodec.Unpack(p, n, docBits, docs);
            BlockCodec.Unpack(p + BlockCodec.PackedBytes(n, docBits), n, tfBits, tfs);
            int previous = block == 0 ? 0 : _blocks[block - 1].LastDoc;
            for (int i = 0; i < n; i++)
            {
                previous += docs[i];
                docs[i] = previous;
                tfs[i]++;
            }
        }

        _count = n;
        _pos = 0;
    }
}
