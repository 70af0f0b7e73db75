using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Term chars to dense ids (0, 1, 2, ... in order of first sight): an open-addressing table whose slots carry the hash and
/// where the chars lie in one shared char array. A lookup reads one slot and compares chars in place, with no string per
/// term; frequent terms come first, so their chars and ids stay close together in cache.
/// </summary>
internal sealed class TermTable
{
    private Slot[] _slots = new Slot[1 << 12];
    private int _mask = (1 << 12) - 1;
    private char[] _chars = new char[1 << 14];
    private int _charCount;
    private (int Offset, int Length)[] _keys = new (int, int)[1 << 11];

    /// <summary>Number of distinct terms.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="term"/>, adding it with the next id if it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        int hash = Hash(term);
        int i = hash & _mask;
        while (true)
        {
            ref Slot slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), i);
            if (slot.IdPlusOne == 0)
            {
                return Add(term, hash, ref slot);
            }

            if (slot.Hash == hash && slot.Length == term.Length && term.SequenceEqual(_chars.AsSpan(slot.Offset, slot.Length)))
            {
                return slot.IdPlusOne - 1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The id of <paramref name="term"/>, or -1 if it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        int hash = Hash(term);
        int i = hash & _mask;
        while (true)
        {
            ref Slot slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), i);
            if (slot.IdPlusOne == 0)
            {
                return -1;
            }

            if (slot.Hash == hash && slot.Length == term.Length && term.SequenceEqual(_chars.AsSpan(slot.Offset, slot.Length)))
            {
                return slot.IdPlusOne - 1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The chars of term <paramref name="id"/> (valid until the next addition).</summary>
    public ReadOnlySpan<char> Chars(int id)
    {
        var (offset, length) = _keys[id];
        return _chars.AsSpan(offset, length);
    }

    /// <summary>Releases the table and the chars.</summary>
    public void Clear()
    {
        _slots = [];
        _chars = [];
        _keys = [];
        _mask = 0;
        Count = 0;
        _charCount = 0;
    }

    private int Add(ReadOnlySpan<char> term, int hash, ref Slot slot)
    {
        int id = Count++;
        if (_charCount + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        }

        term.CopyTo(_chars.AsSpan(_charCount));
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
        }

        _keys[id] = (_charCount, term.Length);
        slot = new Slot { Hash = hash, IdPlusOne = id + 1, Offset = _charCount, Length = term.Length };
        _charCount += term.Length;

        // At most half full keeps probe runs short.
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.IdPlusOne != 0)
            {
                int i = slot.Hash & _mask;
                while (_slots[i].IdPlusOne != 0)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = slot;
            }
        }
    }

    /// <summary>
    /// A multiply-rotate hash over the chars, 8 bytes at a time, the last (or only) piece read overlapping the one before
    /// rather than byte by byte; the high bits are folded in because the table indexes by the low ones.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> term)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(term);
        int length = bytes.Length;
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)length;
        if (length >= 8)
        {
            for (int i = 0; i + 8 < length; i += 8)
            {
                h = Mix(h, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i)));
            }

            h = Mix(h, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8)));
        }
        else if (length >= 4)
        {
            ulong first = Unsafe.ReadUnaligned<uint>(ref start);
            ulong last = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4));
            h = Mix(h, (first << 32) | last);
        }
        else if (length > 0)
        {
            h = Mix(h, Unsafe.ReadUnaligned<ushort>(ref start));
        }

        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        h ^= h >> 32;
        return (int)h;
    }

    private static ulong Mix(ulong h, ulong piece) => BitOperations.RotateLeft((h ^ piece) * 0x9FB21C651E98DF25UL, 29);

    private struct Slot
    {
        public int Hash;
        public int IdPlusOne;
        public int Offset;
        public int Length;
    }
}
