using System.Buffers.Binary;
using System.IO.Compression;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocStore;

/// <summary>Writes docstore.bin (Deflate-compressed blocks of <see cref="DocStore.DocsPerBlock"/> texts) and docstore.idx (block offsets).</summary>
internal sealed class DocStoreWriter : IDisposable
{
    private readonly BinaryOutput _data;
    private readonly BinaryOutput _index;
    private readonly MemoryStream _raw = new();
    private readonly List<int> _lengths = new(DocStore.DocsPerBlock);
    private byte[] _scratch = new byte[4096];

    public DocStoreWriter(string directory)
    {
        _data = new BinaryOutput(Path.Combine(directory, IndexFiles.DocStoreData));
        _index = new BinaryOutput(Path.Combine(directory, IndexFiles.DocStoreIndex));
    }

    public void Add(string text)
    {
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_scratch.Length < max)
        {
            _scratch = new byte[Math.Max(max, _scratch.Length * 2)];
        }

        int n = System.Text.Encoding.UTF8.GetBytes(text, _scratch);
        _raw.Write(_scratch, 0, n);
        _lengths.Add(n);
        if (_lengths.Count == DocStore.DocsPerBlock)
        {
            FlushBlock();
        }
    }

    public void Dispose()
    {
        if (_lengths.Count > 0)
        {
            FlushBlock();
        }

        _index.WriteInt64(_data.Position);
        _data.Dispose();
        _index.Dispose();
    }

    private void FlushBlock()
    {
        _index.WriteInt64(_data.Position);
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            Span<byte> header = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(header, _lengths.Count);
            deflate.Write(header);
            foreach (int length in _lengths)
            {
                BinaryPrimitives.WriteInt32LittleEndian(header, length);
                deflate.Write(header);
            }

            deflate.Write(_raw.GetBuffer(), 0, (int)_raw.Length);
        }

        _data.WriteBytes(compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        _raw.SetLength(0);
        _lengths.Clear();
    }
}
