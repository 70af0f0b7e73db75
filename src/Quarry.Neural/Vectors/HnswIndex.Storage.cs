using System.Runtime.InteropServices;
using Quarry.Data.IO;

namespace Quarry.Neural.Vectors;

/// <summary>
/// The graph file (little-endian): magic "QHNSW001", then int32 count, dim, M, efConstruction, efSearch, seed, metric,
/// entry, maxLevel, int64 length of the vector file it was built over, then levels[count], the layer-0 lists
/// (count x (2M + 1) ints), and for each node with level > 0 its upper lists (level x (M + 1) ints).
/// The vectors stay in their own file; the graph is refused with a vector file of another shape.
/// </summary>
public sealed partial class HnswIndex
{
    private static ReadOnlySpan<byte> Magic => "QHNSW001"u8;

    /// <summary>Writes the graph atomically to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var output = new AtomicFileWriter(path);
        using (var w = new BinaryWriter(output.Stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            foreach (int value in (int[])[Count, Dim, _m, Options.EfConstruction, Options.EfSearch, Options.Seed, (int)Options.Metric, _entry, _maxLevel])
            {
                w.Write(value);
            }

            w.Write(new FileInfo(_scorer.File.Path).Length);
            w.Write(MemoryMarshal.AsBytes(_levels.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(_layer0.AsSpan()));
            foreach (int[]? upper in _upper)
            {
                if (upper is not null)
                {
                    w.Write(MemoryMarshal.AsBytes(upper.AsSpan()));
                }
            }
        }

        output.Commit();
    }

    /// <summary>Opens a graph saved by <see cref="Save"/> over the vector file it was built from.</summary>
    public static HnswIndex Load(string path, VectorFile vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"HNSW index not found: {path}", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var r = new BinaryReader(stream);
        try
        {
            if (!r.ReadBytes(8).AsSpan().SequenceEqual(Magic))
            {
                throw new InputFormatException(path, 0, "not a Quarry HNSW index (bad magic; expected 'QHNSW001')");
            }

            int count = r.ReadInt32(), dim = r.ReadInt32(), m = r.ReadInt32(), efc = r.ReadInt32(), efs = r.ReadInt32();
            int seed = r.ReadInt32(), metric = r.ReadInt32(), entry = r.ReadInt32(), maxLevel = r.ReadInt32();
            long vectorLength = r.ReadInt64();
            if (count != vectors.Count || dim != vectors.Dim || vectorLength != new FileInfo(vectors.Path).Length)
            {
                throw new InputFormatException(path, 0, $"built over {count} vectors of dim {dim} ({vectorLength} bytes), but {Path.GetFileName(vectors.Path)} has {vectors.Count} of dim {vectors.Dim}; rebuild the index");
            }

            if (m < 2 || !Enum.IsDefined((VectorMetric)metric) || entry >= count || maxLevel > 32)
            {
                throw new InputFormatException(path, 0, "corrupt HNSW header");
            }

            var options = new HnswOptions { M = m, EfConstruction = efc, EfSearch = efs, Seed = seed, Metric = (VectorMetric)metric };
            var levels = new int[count];
            r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(levels.AsSpan()));
            var index = new HnswIndex(vectors, options, levels) { _entry = entry, _maxLevel = maxLevel };
            r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(index._layer0.AsSpan()));
            foreach (int[]? upper in index._upper)
            {
                if (upper is not null)
                {
                    r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(upper.AsSpan()));
                }
            }

            if (stream.Position != stream.Length)
            {
                throw new InputFormatException(path, 0, "trailing bytes after the graph (damaged file)");
            }

            return index;
        }
        catch (EndOfStreamException)
        {
            throw new InputFormatException(path, 0, "truncated HNSW index");
        }
    }
}
