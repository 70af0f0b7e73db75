using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Lengths;

/// <summary>Here is a document, how long is it: exact token counts and Lucene's length bytes, memory-mapped.</summary>
public sealed unsafe class DocumentLengths : IDisposable
{
    private readonly MappedFile _norms;
    private readonly MappedFile _lengths;

    internal DocumentLengths(string directory, int documentCount)
    {
        _norms = new MappedFile(Path.Combine(directory, IndexFiles.Norms));
        _lengths = new MappedFile(Path.Combine(directory, IndexFiles.Lengths));
        if (_norms.Length != documentCount || _lengths.Length != documentCount * 4L)
        {
            throw new InvalidDataException($"{_lengths.Path}: sizes do not match {documentCount} documents");
        }
    }

    internal byte* NormPointer => _norms.Pointer;

    internal int* LengthPointer => (int*)_lengths.Pointer;

    /// <summary>The number of tokens the analyzer emitted for a document.</summary>
    public int Length(int doc) => LengthPointer[doc];

    /// <summary>The document's one-byte encoded length (SmallFloat.intToByte4).</summary>
    public byte Norm(int doc) => NormPointer[doc];

    public void Dispose()
    {
        _norms.Dispose();
        _lengths.Dispose();
    }
}
