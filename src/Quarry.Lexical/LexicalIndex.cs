using Quarry.Lexical.Index;
using Quarry.Lexical.Index.DocIds;
using Quarry.Lexical.Index.Lengths;
using Quarry.Lexical.Index.Manifest;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Storage;
using Quarry.Lexical.Index.Terms;

namespace Quarry.Lexical;

/// <summary>An opened, memory-mapped index: dictionary, postings, lengths, ids and (when built with it) the document store.</summary>
public sealed unsafe class LexicalIndex : IDisposable
{
    private readonly MappedFile _postings;
    private readonly MappedFile _blocks;
    private Scoring.Bm25Similarity? _listingSimilarity;

    private LexicalIndex(string directory, IndexManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
        int documents = checked((int)manifest.Documents);
        var opened = new List<IDisposable>();
        try
        {
            Terms = Track(new TermDictionary(directory), opened);
            Lengths = Track(new DocumentLengths(directory, documents), opened);
            Ids = Track(new DocIdMap(directory, documents), opened);
            _postings = Track(new MappedFile(Path.Combine(directory, IndexFiles.Postings)), opened);
            _blocks = Track(new MappedFile(Path.Combine(directory, IndexFiles.Blocks)), opened);
            if (_blocks.Length % BlockMeta.Size != 0 || _blocks.Length / BlockMeta.Size > manifest.Blocks || Terms.Count != manifest.Terms)
            {
                throw new InvalidDataException($"{directory}: index files do not match the manifest counts");
            }

            DocStore = manifest.HasDocStore ? Track(new Index.DocStore.DocStore(directory, Ids, ownsIds: false), opened) : null;
        }
        catch
        {
            foreach (var d in opened)
            {
                d.Dispose();
            }

            throw;
        }
    }

    /// <summary>Opens an index directory; a missing or newer-format manifest gives an <see cref="InvalidDataException"/> that says so.</summary>
    public static LexicalIndex Open(string directory)
    {
        string full = Path.GetFullPath(directory);
        return new LexicalIndex(full, IndexManifest.Load(full));
    }

    public string Directory { get; }

    public IndexManifest Manifest { get; }

    public TermDictionary Terms { get; }

    public DocumentLengths Lengths { get; }

    public DocIdMap Ids { get; }

    /// <summary>The stored texts, or null when the index was built without --store-docs.</summary>
    public Index.DocStore.DocStore? DocStore { get; }

    public int DocumentCount => Ids.Count;

    internal byte* PostingsPointer => _postings.Pointer;

    /// <summary>The end of the mapped postings: block decoding may read ahead up to here.</summary>
    internal byte* PostingsEnd => _postings.Pointer + _postings.Length;

    internal BlockMeta* BlocksPointer => (BlockMeta*)_blocks.Pointer;

    /// <summary>The documents and term frequencies of one term, in document order (for tests and tools; search uses cursors).</summary>
    public IEnumerable<(int Doc, int Tf)> Postings(string term) =>
        Terms.TryGet(term, out var info) ? Postings(info) : [];

    /// <summary>
    /// The documents and term frequencies of a dictionary entry, in document order: for tools that walk the dictionary
    /// (<see cref="TermDictionary.Enumerate"/>) and already hold the entry, so the term is not looked up again.
    /// </summary>
    public IEnumerable<(int Doc, int Tf)> Postings(TermInfo info)
    {
        // The cursor needs a similarity for its bounds; none is used here, so one serves every call.
        _listingSimilarity ??= new Scoring.Bm25Similarity(new Scoring.Bm25Options(), Manifest.DocumentsWithTokens, Manifest.TotalTokens);
        var cursor = new Search.PostingCursor(this, _listingSimilarity, info, 1f);
        while (cursor.Doc != Search.PostingCursor.NoMoreDocs)
        {
            yield return (cursor.Doc, cursor.Tf);
            cursor.Next();
        }
    }

    public void Dispose()
    {
        DocStore?.Dispose();
        _postings.Dispose();
        _blocks.Dispose();
        Ids.Dispose();
        Lengths.Dispose();
        Terms.Dispose();
    }

    private static T Track<T>(T item, List<IDisposable> opened)
        where T : IDisposable
    {
        opened.Add(item);
        return item;
    }
}
