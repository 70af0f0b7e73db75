namespace Quarry.Lexical.Scoring;

/// <summary>Lucene's one-byte document-length encoding (SmallFloat.intToByte4): exact below 24, then 4 significant bits.</summary>
public static class SmallFloat
{
    /// <summary>Lengths below this value are stored exactly (255 minus the code of int.MaxValue).</summary>
    public const int FreeValues = 24;

    /// <summary>Encodes a non-negative length into one byte; the encoding is monotonic (longer never encodes smaller).</summary>
    public static byte IntToByte4(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return length < FreeValues ? (byte)length : (byte)(FreeValues + LongToInt4(length - FreeValues));
    }

    /// <summary>Decodes a length byte to the (rounded-down) length Lucene scores with.</summary>
    public static int Byte4ToInt(byte code)
    {
        int i = code;
        if (i < FreeValues)
        {
            return i;
        }

        long decoded = FreeValues + Int4ToLong(i - FreeValues);
        return (int)Math.Min(decoded, int.MaxValue);
    }

    private static int LongToInt4(long value)
    {
        int numBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        if (numBits < 4)
        {
            return (int)value;
        }

        int shift = numBits - 4;
        int encoded = (int)((ulong)value >> shift) & 0x07;
        return encoded | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int code)
    {
        long bits = code & 0x07;
        int shift = (code >> 3) - 1;
        return shift == -1 ? bits : (bits | 0x08) << shift;
    }
}
