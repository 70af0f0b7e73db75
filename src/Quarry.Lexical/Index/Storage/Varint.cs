namespace Quarry.Lexical.Index.Storage;

/// <summary>Unsigned LEB128 integers (7 bits a byte, low bits first), as the dictionary stores its numbers.</summary>
internal static unsafe class Varint
{
    /// <summary>Reads one value at <paramref name="p"/> and moves past it.</summary>
    public static ulong Read(ref byte* p)
    {
        ulong value = 0;
        int shift = 0;
        while (true)
        {
            byte b = *p++;
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    /// <summary>Bytes <paramref name="value"/> takes.</summary>
    public static int Size(ulong value)
    {
        int n = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            n++;
        }

        return n;
    }
}
