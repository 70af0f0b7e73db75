namespace Quarry.Eval.Input;

/// <summary>
/// An insertion-ordered hash table keyed by UTF-8 byte strings, holding its keys in one arena.
/// Run and qrels parsing look documents up by the bytes they read, so no string is allocated per line.
/// </summary>
internal sealed class ByteKeyTable
{
    private byte[] _arena = new byte[256];
    private int _arenaLength;
    private int[] _starts = new int[8];
    private int[] _lengths = new int[8];
    private int[] _values = new int[8];
    private int[] _slots = new int[16]; // entry index + 1; 0 = empty
    private int _count;

    /// <summary>Number of keys.</summary>
    public int Count => _count;

    /// <summary>The arena holding every key's bytes.</summary>
    public byte[] Arena => _arena;

    public ReadOnlySpan<byte> Key(int index) => _arena.AsSpan(_starts[index], _lengths[index]);

    public int KeyStart(int index) => _starts[index];

    public int KeyLength(int index) => _lengths[index];

    public int Value(int index) => _values[index];

    public void SetValue(int index, int value) => _values[index] = value;

    /// <summary>Index of a key, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> key)
    {
        int mask = _slots.Length - 1;
        int slot = (int)Hash(key) & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (Key(entry - 1).SequenceEqual(key))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds a key with its value; returns the new index, or ~existingIndex when the key is already present.</summary>
    public int Add(ReadOnlySpan<byte> key, int value)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        int mask = _slots.Length - 1;
        int slot = (int)Hash(key) & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            if (Key(entry - 1).SequenceEqual(key))
            {
                return ~(entry - 1);
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _starts.Length)
        {
            int size = _count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _values, size);
        }

        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        _starts[_count] = _arenaLength;
        _lengths[_count] = key.Length;
        _values[_count] = value;
        _arenaLength += key.Length;
        _slots[slot] = _count + 1;
        return _count++;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int i = 0; i < _count; i++)
        {
            int slot = (int)Hash(Key(i)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        _slots = slots;
    }

    // FNV-1a: docids are short, and a cheap hash beats a strong one here.
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        uint h = 2166136261;
        foreach (byte b in key)
        {
            h = (h ^ b) * 16777619;
        }

        return h ^ (h >> 15);
    }
}
