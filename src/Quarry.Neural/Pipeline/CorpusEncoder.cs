using Quarry.Data.Formats;
using Quarry.Data.Records;
using Quarry.Neural.Models;
using Quarry.Neural.Vectors;

namespace Quarry.Neural.Pipeline;

/// <summary>What an encode run did.</summary>
public sealed record EncodeJobResult(long Encoded, long Resumed, int Dimension, bool Completed);

/// <summary>
/// Encodes a collection (or one shard of it) into a vector file, streaming: passages are read in checkpoint parts,
/// each part is tokenized, batched by length, embedded and committed as its own file beside the output; a rerun skips
/// the committed parts, and the last step concatenates them into the output.
/// </summary>
public static class CorpusEncoder
{
    /// <summary>
    /// Runs the job. <paramref name="progress"/> receives passages done (resumed parts included).
    /// Returns before writing the output when <see cref="EncodeJobOptions.StopAfterParts"/> stops it.
    /// </summary>
    public static EncodeJobResult Run(BiEncoder encoder, string collection, string output, EncodeJobOptions options, Action<long>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CheckpointEvery, 1);
        long total = options.PassageCount ?? CountPassages(collection, options.Format);
        var (start, end) = options.Shard.Range(total);
        var checkpoints = EncodeCheckpoints.Open(output, new EncodeJobManifest
        {
            Collection = Path.GetFullPath(collection),
            Passages = total,
            Model = Path.GetFullPath(encoder.Folder.OnnxPath),
            Dimension = encoder.Dimension,
            DType = options.DType.ToString(),
            Shard = options.Shard.ToString(),
            CheckpointEvery = options.CheckpointEvery,
            PassagePrefix = encoder.Options.PassagePrefix,
            MaxLength = encoder.MaxLength,
        });

        var fileOptions = new VectorFileOptions { DType = options.DType, Normalize = encoder.Normalize };
        long encoded = 0;
        long resumed = 0;
        int newParts = 0;
        int part = 0;
        var ids = new List<string>(options.CheckpointEvery);
        var tokens = new List<int[]>(options.CheckpointEvery);
        using var passages = Slice(collection, options.Format, start, end).GetEnumerator();
        for (long partStart = start; partStart < end; partStart += options.CheckpointEvery, part++)
        {
            long partSize = Math.Min(options.CheckpointEvery, end - partStart);
            if (checkpoints.IsComplete(part, partSize))
            {
                for (long i = 0; i < partSize && passages.MoveNext(); i++)
                {
                }

                resumed += partSize;
                progress?.Invoke(partSize);
                continue;
            }

            if (options.StopAfterParts is int stop && newParts >= stop)
            {
                return new EncodeJobResult(encoded, resumed, encoder.Dimension, Completed: false);
            }

            ids.Clear();
            tokens.Clear();
            for (long i = 0; i < partSize && passages.MoveNext(); i++)
            {
                var p = passages.Current;
                ids.Add(p.Id);
                tokens.Add(encoder.Tokenize(Text(p), isQuery: false));
            }

            WritePart(encoder, checkpoints.PartPath(part), ids, tokens, fileOptions);
            encoded += ids.Count;
            newParts++;
            progress?.Invoke(ids.Count);
        }

        checkpoints.Finish(part, output, encoder.Dimension, fileOptions);
        return new EncodeJobResult(encoded, resumed, encoder.Dimension, Completed: true);
    }

    /// <summary>The text a passage is embedded as: its title and text when it has a title (BEIR), else its text.</summary>
    public static string Text(Passage p) => p.Title is { Length: > 0 } title ? title + " " + p.Text : p.Text;

    private static void WritePart(BiEncoder encoder, string path, List<string> ids, List<int[]> tokens, VectorFileOptions fileOptions)
    {
        int dim = encoder.Dimension;
        var vectors = new float[ids.Count * dim];
        encoder.EncodeTokenized(tokens, vectors);
        using var writer = new VectorFileWriter(path, dim, fileOptions);
        for (int i = 0; i < ids.Count; i++)
        {
            writer.Add(ids[i], vectors.AsSpan(i * dim, dim));
        }

        writer.Commit();
    }

    /// <summary>Number of passages in a collection (one streaming pass), to size shards and progress bars.</summary>
    public static long CountPassages(string collection, string format = "auto")
    {
        long n = 0;
        foreach (var _ in CollectionFormats.Open(collection, format))
        {
            n++;
        }

        return n;
    }

    private static IEnumerable<Passage> Slice(string collection, string format, long start, long end)
    {
        long index = 0;
        foreach (var p in CollectionFormats.Open(collection, format))
        {
            if (index >= end)
            {
                yield break;
            }

            if (index++ >= start)
            {
                yield return p;
            }
        }
    }
}
