using System.Text.Json;
using Quarry.Data.IO;
using Quarry.Neural.Vectors;

namespace Quarry.Neural.Pipeline;

/// <summary>What an encode job is; a rerun must match it to reuse checkpoint parts.</summary>
public sealed record EncodeJobManifest
{
    public string Collection { get; init; } = "";

    public long Passages { get; init; }

    public string Model { get; init; } = "";

    public int Dimension { get; init; }

    public string DType { get; init; } = "";

    public string Shard { get; init; } = "";

    public int CheckpointEvery { get; init; }

    public string PassagePrefix { get; init; } = "";

    public int MaxLength { get; init; }
}

/// <summary>
/// The checkpoint folder beside an output (<c>OUTPUT.parts/</c>): a manifest and one committed vector file per part.
/// Parts are written atomically, so a part that opens is complete; a killed run leaves only complete parts (and
/// temporary files, which are ignored and replaced).
/// </summary>
internal sealed class EncodeCheckpoints
{
    private const string ManifestName = "job.json";

    private EncodeCheckpoints(string directory) => Directory = directory;

    public string Directory { get; }

    public static EncodeCheckpoints Open(string output, EncodeJobManifest manifest)
    {
        string dir = Path.GetFullPath(output) + ".parts";
        string manifestPath = Path.Combine(dir, ManifestName);
        if (File.Exists(manifestPath))
        {
            var saved = JsonSerializer.Deserialize<EncodeJobManifest>(File.ReadAllText(manifestPath));
            if (saved != manifest)
            {
                throw new InputFormatException(manifestPath, 0,
                    "checkpoints from a different encode job (collection, model, shard, dtype, checkpoint size or length differ); rerun with the same options or delete this folder");
            }
        }
        else
        {
            System.IO.Directory.CreateDirectory(dir);
            using var writer = new AtomicFileWriter(manifestPath);
            writer.Writer.Write(JsonSerializer.Serialize(manifest));
            writer.Commit();
        }

        return new EncodeCheckpoints(dir);
    }

    public string PartPath(int part) => Path.Combine(Directory, $"part-{part:D6}.qvec");

    /// <summary>Whether part <paramref name="part"/> is committed with the expected number of vectors.</summary>
    public bool IsComplete(int part, long expected)
    {
        string path = PartPath(part);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var file = VectorFile.Open(path);
            return file.Count == expected;
        }
        catch (InputFormatException)
        {
            return false;
        }
    }

    /// <summary>Concatenates parts 0..count-1 into <paramref name="output"/> and removes the checkpoint folder.</summary>
    public void Finish(int count, string output, int dimension, VectorFileOptions options)
    {
        if (count == 0)
        {
            // An empty shard still gets its (empty) file, so that a merge of all shards finds every one.
            using var empty = new VectorFileWriter(output, dimension, options);
            empty.Commit();
        }
        else
        {
            VectorFile.Merge([.. Enumerable.Range(0, count).Select(PartPath)], output);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
