using Quarry.Lexical.Index.Storage;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Index.Lengths;

/// <summary>
/// Writes norms.bin (Lucene's one-byte length per document) and lengths.bin: the exact lengths as what the length byte
/// leaves out, four bits a document, with the documents whose remainder does not fit listed after them.
/// </summary>
internal static class LengthsWriter
{
    /// <summary>The largest remainder kept in the four bits; this value itself marks a document listed as an exception.</summary>
    public const int Escape = 15;

    public static void Write(string directory, ReadOnlySpan<int> lengths)
    {
        using (var norms = new BinaryOutput(Path.Combine(directory, IndexFiles.Norms)))
        {
            foreach (int length in lengths)
            {
                norms.WriteByte(SmallFloat.IntToByte4(length));
            }
        }

        // Below 280 tokens the byte's range is at most 16 wide, so nearly every document fits in the four bits.
        using var exact = new BinaryOutput(Path.Combine(directory, IndexFiles.Lengths));
        var exceptions = new List<(int Doc, int Length)>();
        for (int d = 0; d < lengths.Length; d += 2)
        {
            int low = Remainder(lengths, d, exceptions);
            int high = d + 1 < lengths.Length ? Remainder(lengths, d + 1, exceptions) : 0;
            exact.WriteByte((byte)(low | (high << 4)));
        }

        while (exact.Position % 4 != 0)
        {
            exact.WriteByte(0);
        }

        foreach (var (doc, length) in exceptions)
        {
            exact.WriteInt32(doc);
            exact.WriteInt32(length);
        }
    }

    /// <summary>Bytes of the four-bit part for <paramref name="documents"/> documents, padded to a multiple of 4.</summary>
    public static long PackedBytes(long documents) => (((documents + 1) / 2) + 3) & ~3L;

    private static int Remainder(ReadOnlySpan<int> lengths, int doc, List<(int, int)> exceptions)
    {
        int remainder = lengths[doc] - SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(lengths[doc]));
        if (remainder < Escape)
        {
            return remainder;
        }

        exceptions.Add((doc, lengths[doc]));
        return Escape;
    }
}
