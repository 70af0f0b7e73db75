using Quarry.Lexical.Index.Storage;

namespace Quarry.Lexical.Index.DocIds;

/// <summary>
/// Writes the external-id mapping: ids.str/ids.off while documents stream in, then ids.sorted (documents in id order,
/// for lookups) and ids.rank (each document's position in that order, for tie-breaking by id) at the end.
/// </summary>
internal sealed class DocIdsWriter : IDisposable
{
    private readonly string _directory;
    private readonly BinaryOutput _bytes;
    private readonly List<long> _offsets = [0];
    private bool _finished;

    public DocIdsWriter(string directory)
    {
        _directory = directory;
        _bytes = new BinaryOutput(Path.Combine(directory, IndexFiles.IdBytes));
    }

    public int Count => _offsets.Count - 1;

    public void Add(ReadOnlySpan<byte> utf8Id)
    {
        _bytes.WriteBytes(utf8Id);
        _offsets.Add(_bytes.Position);
    }

    /// <summary>Sorts the ids and writes the lookup files; returns the first repeated id, if any, with its two documents.</summary>
    public (string Id, int First, int Second)? Finish()
    {
        _finished = true;
        _bytes.Dispose();
        using (var off = new BinaryOutput(Path.Combine(_directory, IndexFiles.IdOffsets)))
        {
            foreach (long o in _offsets)
            {
                off.WriteInt64(o);
            }
        }

        byte[] all = File.ReadAllBytes(Path.Combine(_directory, IndexFiles.IdBytes));
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

        int[] ranks = new int[n];
        (string, int, int)? repeated = null;
        for (int r = 0; r < n; r++)
        {
            ranks[sorted[r]] = r;
            if (repeated is null && r > 0 && Id(all, offsets, sorted[r]).SequenceEqual(Id(all, offsets, sorted[r - 1])))
            {
                repeated = (System.Text.Encoding.UTF8.GetString(Id(all, offsets, sorted[r])), sorted[r - 1], sorted[r]);
            }
        }

        WriteInts(IndexFiles.IdSorted, sorted);
        WriteInts(IndexFiles.IdRanks, ranks);
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

    private void WriteInts(string name, int[] values)
    {
        using var output = new BinaryOutput(Path.Combine(_directory, name));
        foreach (int v in values)
        {
            output.WriteInt32(v);
        }
    }
}
