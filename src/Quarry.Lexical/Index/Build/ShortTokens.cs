using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Raw tokens of at most eight chars mapped to their term ids, with the chars kept in the slot itself: a lookup of a
/// token seen before reads one slot, where a table that keeps chars and values apart reads three places in memory,
/// each a likely cache miss for the rare tokens of a large collection.
/// </summary>
internal sealed unsafe class ShortTokens
{
    /// <summary>The longest token kept here, in chars.</summary>
    public const int MaxLength = 8;

    private Slot[] _slots = new Slot[1 << 12];
    private int _mask = (1 << 12) - 1;

    public int Count { get; private set; }

    /// <summary>Packs a token of at most <see cref="MaxLength"/> chars into two words (unused chars zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Low, ulong High) Pack(ReadOnlySpan<char> token)
    {
        ref byte src = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(token));
        int bytes = token.Length * 2;
        if (bytes >= 8)
        {
            ulong low = Unsafe.ReadUnaligned<ulong>(ref src);
            ulong high = bytes == 8 ? 0 : Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref src, bytes - 8)) >> (8 * (16 - bytes));
            return (low, high);
        }

        return bytes switch
        {
            6 => (Unsafe.ReadUnaligned<uint>(ref src) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref src, 4)) << 32), 0),
            4 => (Unsafe.ReadUnaligned<uint>(ref src), 0),
            2 => (Unsafe.ReadUnaligned<ushort>(ref src), 0),
            _ => (0, 0),
        };
    }

    /// <summary>Asks the processor to start loading the slot where a lookup of <paramref name="hash"/> begins (a hint only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash)
    {
        if (Sse.IsSupported)
        {
            // The address is only a hint: if the collector moves the array meanwhile, the lookup is merely slower.
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (int)hash & _mask)));
        }
    }

    /// <summary>The term id stored for the packed token whose <see cref="Hash"/> is <paramref name="hash"/>, or false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong low, ulong high, int length, uint hash, out int term)
    {
        int i = (int)hash & _mask;
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            ref Slot slot = ref Unsafe.Add(ref first, i);
            if (slot.Low == low && slot.High == high && slot.Length == length)
            {
                term = slot.Term;
                return true;
            }

            if (slot.Length == 0)
            {
                term = 0;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Stores the term id of a token that is not in the table.</summary>
    public void Add(ulong low, ulong high, int length, int term)
    {
        int i = (int)Hash(low, high, length) & _mask;
        while (_slots[i].Length != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = new Slot { Low = low, High = high, Length = length, Term = term };
        if (++Count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    public void Clear()
    {
        _slots = [];
        _mask = 0;
        Count = 0;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Length != 0)
            {
                int i = (int)Hash(slot.Low, slot.High, slot.Length) & _mask;
                while (_slots[i].Length != 0)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = slot;
            }
        }
    }

    /// <summary>The hash of a packed token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ulong low, ulong high, int length)
    {
        ulong h = (low * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(high * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)length;
        h ^= h >> 29;
        h *= 0xD6E8FEB86659FD93UL;
        return (uint)(h >> 32);
    }

    private struct Slot
    {
        public ulong Low;
        public ulong High;
        public int Length;
        public int Term;
    }
}
