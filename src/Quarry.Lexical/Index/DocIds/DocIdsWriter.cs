using System.Buffers.Binary;
using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocIds;

/// <summary>
/// Writes the external-id mapping. When the ids are exactly "0", "1", ... in collection order (MS MARCO's pids are), it
/// leaves only the empty marker ids.decimal; otherwise ids.str/ids.off while documents stream in, then ids.sorted
/// (documents in id order, for lookups and tie-breaking by id) at the end.
/// </summary>
internal sealed class DocIdsWriter : IDisposable
{
    private readonly string _directory;
    private readonly BinaryOutput _bytes;
    private readonly List<long> _offsets = [0];
    private bool _decimal = true;
    private bool _finished;

    public DocIdsWriter(string directory)
    {
        _directory = directory;
        _bytes = new BinaryOutput(Path.Combine(directory, IndexFiles.IdBytes));
    }

    public int Count => _offsets.Count - 1;

    public void Add(ReadOnlySpan<byte> utf8Id)
    {
        if (_decimal)
        {
            Span<byte> expected = stackalloc byte[11];
            _decimal = Count.TryFormat(expected, out int written, default, System.Globalization.CultureInfo.InvariantCulture)
                && utf8Id.SequenceEqual(expected[..written]);
        }

        _bytes.WriteBytes(utf8Id);
        _offsets.Add(_bytes.Position);
    }

    /// <summary>Sorts the ids and writes the lookup files; returns the first repeated id, if any, with its two documents.</summary>
    public (string Id, int First, int Second)? Finish()
    {
        _finished = true;
        _bytes.Dispose();
        string bytesPath = Path.Combine(_directory, IndexFiles.IdBytes);
        if (_decimal)
        {
            // Decimal ids in order are their own map: nothing to store, and no id can repeat.
            File.Delete(bytesPath);
            File.WriteAllBytes(Path.Combine(_directory, IndexFiles.IdDecimal), []);
            return null;
        }

        long total = _offsets[^1];
        bool wide = total > uint.MaxValue;
        using (var off = new BinaryOutput(Path.Combine(_directory, IndexFiles.IdOffsets)))
        {
            foreach (long o in _offsets)
            {
                if (wide)
                {
                    off.WriteInt64(o);
                }
                else
                {
                    off.WriteInt32((int)(uint)o);
                }
            }
        }

        byte[] all = File.ReadAllBytes(bytesPath);
        long[] offsets = [.. _offsets];
        int n = Count;
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++)
        {
            sorted[i] = i;
        }

        // Byte order of UTF-8 is the order Lucene's BytesRef sort (and so Anserini's tie-break) uses.
        Array.Sort(sorted, (x, y) =>
        {
            int c = Id(all, offsets, x).SequenceCompareTo(Id(all, offsets, y));
            return c != 0 ? c : x.CompareTo(y);
        });

        (string, int, int)? repeated = null;
        for (int r = 1; r < n && repeated is null; r++)
        {
            if (Id(all, offsets, sorted[r]).SequenceEqual(Id(all, offsets, sorted[r - 1])))
            {
                repeated = (System.Text.Encoding.UTF8.GetString(Id(all, offsets, sorted[r])), sorted[r - 1], sorted[r]);
            }
        }

        using var output = new BinaryOutput(Path.Combine(_directory, IndexFiles.IdSorted));
        Span<byte> b = stackalloc byte[4];
        foreach (int v in sorted)
        {
            BinaryPrimitives.WriteInt32LittleEndian(b, v);
            output.WriteBytes(b);
        }

        return repeated;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _bytes.Dispose();
        }
    }

    private static ReadOnlySpan<byte> Id(byte[] all, long[] offsets, int doc) =>
        all.AsSpan((int)offsets[doc], (int)(offsets[doc + 1] - offsets[doc]));
}
