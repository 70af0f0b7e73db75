using Quarry.Data.IO;

namespace Quarry.Neural.Vectors;

/// <summary>Deterministic concatenation of shard files.</summary>
public sealed partial class VectorFile
{
    /// <summary>
    /// Concatenates shard files into <paramref name="output"/> in the order given (shard 0 first), copying the stored
    /// bytes as they are, so merging is exact and deterministic. All shards must share dim, dtype and flags.
    /// Returns the number of vectors written.
    /// </summary>
    public static int Merge(IReadOnlyList<string> shards, string output)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new ArgumentException("merge needs at least one shard", nameof(shards));
        }

        var opened = new List<VectorFile>(shards.Count);
        try
        {
            foreach (string shard in shards)
            {
                opened.Add(Open(shard));
            }

            var first = opened[0];
            foreach (var f in opened)
            {
                if (f.Dim != first.Dim || f.DType != first.DType || f.Flags != first.Flags)
                {
                    throw new InputFormatException(f.Path, 0, $"shard has dim {f.Dim}, {f.DType}, flags {f.Flags}; the first shard has dim {first.Dim}, {first.DType}, flags {first.Flags}");
                }
            }

            var options = new VectorFileOptions { DType = first.DType, Normalize = first.IsNormalized };
            using var writer = new VectorFileWriter(output, first.Dim, options);
            foreach (var f in opened)
            {
                for (int i = 0; i < f.Count; i++)
                {
                    writer.AppendRaw(f.Id(i), f.RawRow(i), f.Scale(i));
                }
            }

            int count = writer.Count;
            writer.Commit();
            return count;
        }
        finally
        {
            foreach (var f in opened)
            {
                f.Dispose();
            }
        }
    }
}
