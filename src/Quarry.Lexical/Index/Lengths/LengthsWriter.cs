using Quarry.Lexical.Index.Storage;
using Quarry.Lexical.Scoring;

namespace Quarry.Lexical.Index.Lengths;

/// <summary>Writes norms.bin (Lucene's one-byte length per document) and lengths.bin (exact int32 lengths).</summary>
internal static class LengthsWriter
{
    public static void Write(string directory, ReadOnlySpan<int> lengths)
    {
        using (var norms = new BinaryOutput(Path.Combine(directory, IndexFiles.Norms)))
        {
            foreach (int length in lengths)
            {
                norms.WriteByte(SmallFloat.IntToByte4(length));
            }
        }

        using var exact = new BinaryOutput(Path.Combine(directory, IndexFiles.Lengths));
        foreach (int length in lengths)
        {
            exact.WriteInt32(length);
        }
    }
}
