namespace Quarry.Mining.Passages;

/// <summary>
/// pid -> (byte offset, byte length) of a passage's text. Decimal pids (MS MARCO's 0..8841822) go into fixed-size
/// chunks of packed 64-bit entries (40-bit offset, 24-bit length) indexed by pid: 8 bytes per passage, about 71 MB
/// for 8.8M, and no array is ever copied to grow, so there is no transient doubling. Other ids (or passages beyond
/// 1 TB / 16 MB) fall back to a dictionary.
/// </summary>
internal sealed class OffsetTable
{
    private const int MaxDensePid = 200_000_000;
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int LengthBits = 24;
    private const long MaxPackedOffset = (1L << (64 - LengthBits)) - 1;

    // 0 marks "absent"; present entries store length + 1 so that empty passages are representable.
    private ulong[]?[] _chunks = new ulong[]?[16];
    private readonly Dictionary<string, (long Offset, int Length)> _other = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<byte> id, long offset, int length)
    {
        if (TryParsePid(id, out int pid) && offset <= MaxPackedOffset && length + 1 < (1 << LengthBits))
        {
            ref ulong slot = ref Slot(pid);
            if (slot == 0)
            {
                Count++;
            }

            slot = ((ulong)offset << LengthBits) | (uint)(length + 1);
            return;
        }

        string key = System.Text.Encoding.UTF8.GetString(id);
        if (!_other.ContainsKey(key) && !(TryParsePid(key.AsSpan(), out int densePid) && Find(densePid) != 0))
        {
            Count++;
        }

        _other[key] = (offset, length);
    }

    public bool TryGet(string id, out long offset, out int length)
    {
        if (TryParsePid(id.AsSpan(), out int pid) && Find(pid) is var packed and not 0)
        {
            offset = (long)(packed >> LengthBits);
            length = (int)(packed & ((1UL << LengthBits) - 1)) - 1;
            return true;
        }

        bool found = _other.TryGetValue(id, out var entry);
        (offset, length) = entry;
        return found;
    }

    private ulong Find(int pid)
    {
        int c = pid >> ChunkBits;
        return c < _chunks.Length && _chunks[c] is { } chunk ? chunk[pid & (ChunkSize - 1)] : 0;
    }

    private ref ulong Slot(int pid)
    {
        int c = pid >> ChunkBits;
        if (c >= _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(c + 1, _chunks.Length * 2));
        }

        var chunk = _chunks[c] ??= new ulong[ChunkSize];
        return ref chunk[pid & (ChunkSize - 1)];
    }

    // Only canonical decimals ("12", not "012" or "+12") map to the dense chunks, so ids round-trip exactly.
    private static bool TryParsePid(ReadOnlySpan<byte> id, out int pid)
    {
        Span<char> chars = stackalloc char[10];
        if (id.Length > 9)
        {
            pid = 0;
            return false;
        }

        for (int i = 0; i < id.Length; i++)
        {
            chars[i] = (char)id[i];
        }

        return TryParsePid(chars[..id.Length], out pid);
    }

    private static bool TryParsePid(ReadOnlySpan<char> id, out int pid)
    {
        pid = 0;
        if (id.Length == 0 || id.Length > 9 || (id.Length > 1 && id[0] == '0'))
        {
            return false;
        }

        long value = 0;
        foreach (char c in id)
        {
            int d = c - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        if (value > MaxDensePid)
        {
            return false;
        }

        pid = (int)value;
        return true;
    }
}
