namespace Quarry.Mining.Passages;

/// <summary>
/// pid -> (byte offset, byte length) of a passage's text. Decimal pids (MS MARCO's 0..8841822) go into two
/// flat arrays indexed by pid, 12 bytes per passage (about 106 MB for 8.8M); other ids fall back to a dictionary.
/// </summary>
internal sealed class OffsetTable
{
    private const int MaxDensePid = 200_000_000;
    private long[] _offsets = [];
    private int[] _lengths = [];
    private readonly Dictionary<string, (long Offset, int Length)> _other = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<byte> id, long offset, int length)
    {
        if (TryParsePid(id, out int pid))
        {
            EnsureCapacity(pid);
            if (_lengths[pid] < 0)
            {
                Count++;
            }

            _offsets[pid] = offset;
            _lengths[pid] = length;
            return;
        }

        string key = System.Text.Encoding.UTF8.GetString(id);
        if (!_other.ContainsKey(key))
        {
            Count++;
        }

        _other[key] = (offset, length);
    }

    public bool TryGet(string id, out long offset, out int length)
    {
        if (TryParsePid(id.AsSpan(), out int pid))
        {
            if (pid < _lengths.Length && _lengths[pid] >= 0)
            {
                offset = _offsets[pid];
                length = _lengths[pid];
                return true;
            }

            offset = 0;
            length = 0;
            return false;
        }

        bool found = _other.TryGetValue(id, out var entry);
        (offset, length) = entry;
        return found;
    }

    private void EnsureCapacity(int pid)
    {
        if (pid < _lengths.Length)
        {
            return;
        }

        int size = Math.Max(1024, _lengths.Length);
        while (size <= pid)
        {
            size = (int)Math.Min((long)size * 2, MaxDensePid + 1L);
        }

        int old = _lengths.Length;
        Array.Resize(ref _offsets, size);
        Array.Resize(ref _lengths, size);
        Array.Fill(_lengths, -1, old, size - old);
    }

    // Only canonical decimals ("12", not "012" or "+12") map to the dense arrays, so ids round-trip exactly.
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
