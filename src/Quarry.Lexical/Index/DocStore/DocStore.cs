using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Quarry.Lexical.Index.DocIds;
using Quarry.Lexical.Index.Manifest;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocStore;

/// <summary>
/// Here is a document, what is its text: random access into the compressed store an index built with --store-docs holds.
/// Thread-safe; each lookup decompresses one small block.
/// </summary>
public sealed unsafe class DocStore : IDisposable
{
    /// <summary>Texts per compressed block: small enough that one lookup inflates only a few kilobytes.</summary>
    public const int DocsPerBlock = 16;

    private readonly MappedFile _data;
    private readonly MappedFile _index;
    private readonly DocIdMap? _ownedIds;

    internal DocStore(string directory, DocIdMap ids, bool ownsIds)
    {
        string dataPath = Path.Combine(directory, IndexFiles.DocStoreData);
        if (!File.Exists(dataPath))
        {
            throw new InvalidDataException($"{directory}: the index has no document store (build it with --store-docs)");
        }

        _data = new MappedFile(dataPath);
        _index = new MappedFile(Path.Combine(directory, IndexFiles.DocStoreIndex));
        Ids = ids;
        _ownedIds = ownsIds ? ids : null;
        long blocks = (ids.Count + DocsPerBlock - 1) / DocsPerBlock;
        if (_index.Length != (blocks + 1) * 8)
        {
            throw new InvalidDataException($"{_index.Path}: size does not match {ids.Count} documents");
        }
    }

    /// <summary>The id mapping the store resolves external ids with.</summary>
    public DocIdMap Ids { get; }

    /// <summary>Opens the document store of an index directory.</summary>
    public static DocStore Open(string directory)
    {
        var manifest = IndexManifest.Load(directory);
        var ids = new DocIdMap(directory, checked((int)manifest.Documents));
        try
        {
            return new DocStore(directory, ids, ownsIds: true);
        }
        catch
        {
            ids.Dispose();
            throw;
        }
    }

    /// <summary>The text of an external id; false when the id is not in the index.</summary>
    public bool TryGetText(string docId, out string text)
    {
        if (Ids.TryGetDoc(docId, out int doc))
        {
            text = GetText(doc);
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>The text of an internal document number.</summary>
    public string GetText(int doc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(doc);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(doc, Ids.Count);
        long* offsets = (long*)_index.Pointer;
        int block = doc / DocsPerBlock;
        long start = offsets[block];
        int length = (int)(offsets[block + 1] - start);
        using var input = new UnmanagedMemoryStream(_data.Pointer + start, length);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        ReadOnlySpan<byte> bytes = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int within = doc % DocsPerBlock;
        int skip = 0;
        for (int i = 0; i < within; i++)
        {
            skip += BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 + (4 * i))..]);
        }

        int textLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 + (4 * within))..]);
        return Encoding.UTF8.GetString(bytes.Slice(4 + (4 * count) + skip, textLength));
    }

    public void Dispose()
    {
        _data.Dispose();
        _index.Dispose();
        _ownedIds?.Dispose();
    }
}
