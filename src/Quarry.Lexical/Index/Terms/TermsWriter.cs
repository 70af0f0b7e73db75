using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.Terms;

/// <summary>Writes the dictionary: terms.bin (fixed-size entries, sorted by UTF-8 bytes) and terms.str (the term bytes).</summary>
internal sealed class TermsWriter : IDisposable
{
    private readonly BinaryOutput _entries;
    private readonly BinaryOutput _strings;

    public TermsWriter(string directory)
    {
        _entries = new BinaryOutput(Path.Combine(directory, IndexFiles.Terms));
        _strings = new BinaryOutput(Path.Combine(directory, IndexFiles.TermStrings));
    }

    public long Count { get; private set; }

    /// <summary>Appends a term; callers add terms in ascending UTF-8 byte order.</summary>
    public void Add(ReadOnlySpan<byte> utf8, TermInfo info)
    {
        _entries.WriteInt64(_strings.Position);
        _entries.WriteInt64(info.PostingsOffset);
        _entries.WriteInt64(info.FirstBlock);
        _entries.WriteInt32(info.DocumentFrequency);
        _entries.WriteInt32(utf8.Length);
        _strings.WriteBytes(utf8);
        Count++;
    }

    public void Dispose()
    {
        _entries.Dispose();
        _strings.Dispose();
    }
}
