using System.Runtime.InteropServices;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Accumulates postings in memory, varint-compressed per term (document gap, tf), in document order.
/// Memory is about the compressed size of the postings (1-3 bytes each) plus the dictionary.
/// </summary>
internal sealed class Inverter
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private byte[][] _buffers = new byte[1024][];
    private int[] _used = new int[1024];
    private int[] _lastDoc = new int[1024];
    private int[] _df = new int[1024];

    public int TermCount => _ids.Count;

    public void Add(int doc, string term, int tf)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out bool exists);
        if (!exists)
        {
            id = _ids.Count - 1;
            if (id == _buffers.Length)
            {
                Grow();
            }

            _buffers[id] = new byte[8];
            _lastDoc[id] = 0;
        }

        int gap = doc - _lastDoc[id];
        _lastDoc[id] = doc;
        _df[id]++;
        ref byte[] buffer = ref _buffers[id];
        if (buffer.Length - _used[id] < 10)
        {
            Array.Resize(ref buffer, buffer.Length + Math.Max(16, buffer.Length >> 1));
        }

        int used = _used[id];
        used = WriteVarint(buffer, used, (uint)gap);
        used = WriteVarint(buffer, used, (uint)tf);
        _used[id] = used;
    }

    /// <summary>The terms with their ids.</summary>
    public IEnumerable<KeyValuePair<string, int>> Terms => _ids;

    public int DocumentFrequency(int id) => _df[id];

    /// <summary>Drops the term-to-id map (and its strings) once the caller holds the terms elsewhere; postings stay.</summary>
    public void ForgetTerms()
    {
        _ids.Clear();
        _ids.TrimExcess();
    }

    /// <summary>Decodes one term's postings into the given buffers (each at least its document frequency long) and frees them.</summary>
    public void Drain(int id, Span<int> docs, Span<int> tfs)
    {
        byte[] buffer = _buffers[id];
        int pos = 0;
        int doc = 0;
        int n = _df[id];
        for (int i = 0; i < n; i++)
        {
            doc += (int)ReadVarint(buffer, ref pos);
            docs[i] = doc;
            tfs[i] = (int)ReadVarint(buffer, ref pos);
        }

        _buffers[id] = [];
    }

    private static int WriteVarint(byte[] buffer, int pos, uint value)
    {
        while (value >= 0x80)
        {
            buffer[pos++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[pos++] = (byte)value;
        return pos;
    }

    private static uint ReadVarint(byte[] buffer, ref int pos)
    {
        uint value = 0;
        int shift = 0;
        while (true)
        {
            byte b = buffer[pos++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    private void Grow()
    {
        int size = _buffers.Length * 2;
        Array.Resize(ref _buffers, size);
        Array.Resize(ref _used, size);
        Array.Resize(ref _lastDoc, size);
        Array.Resize(ref _df, size);
    }
}
