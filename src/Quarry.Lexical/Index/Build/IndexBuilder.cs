using System.Security.Cryptography;
using System.Text;
using Quarry.Data.IO;
using Quarry.Data.Records;
using Quarry.Lexical.Index.DocIds;
using Quarry.Lexical.Index.DocStore;
using Quarry.Lexical.Index.Manifest;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Builds an index from a stream of passages: analysis on several threads, in-memory inversion, then one pass that
/// writes every structure. It builds in a temporary sibling directory and writes the manifest last before renaming,
/// so an interrupted build never leaves anything that opens as an index.
/// </summary>
public static partial class IndexBuilder
{
    /// <summary>Builds the index at <paramref name="indexDirectory"/>; <paramref name="progress"/> receives passages done.</summary>
    public static IndexManifest Build(IEnumerable<Passage> passages, string indexDirectory, IndexBuildOptions options, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(options);
        string final = Path.GetFullPath(indexDirectory);
        CheckTarget(final);
        string temp = final.TrimEnd(Path.DirectorySeparatorChar) + ".building-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(temp);
        try
        {
            var manifest = BuildInto(passages, temp, options, progress);
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            Directory.Move(temp, final);
            return manifest;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static IndexManifest BuildInto(IEnumerable<Passage> passages, string dir, IndexBuildOptions options, Action<long>? progress)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var ids = new DocIdsWriter(dir);
        var batches = new List<PassageBatch>();
        long skipped = 0;
        int documents = 0;
        Inverter inverter;

        // This thread reads, hashes and records ids in collection order; the analysis threads analyze and invert.
        using (var analysis = new BatchAnalyzer(options.AnalyzerFactory, options.Threads))
        {
            DocStoreWriter? store = options.StoreDocs ? new DocStoreWriter(dir) : null;
            try
            {
                byte[] scratch = new byte[1024];
                long reported = 0;
                var batch = new List<Passage>(options.BatchSize);
                foreach (var passage in passages)
                {
                    if (string.IsNullOrWhiteSpace(passage.Text) && string.IsNullOrWhiteSpace(passage.Title))
                    {
                        skipped++;
                        continue;
                    }

                    Record(passage, ids, store, hash, ref scratch);
                    batch.Add(passage);
                    if (batch.Count == options.BatchSize)
                    {
                        Queue(analysis, batches, ref batch, ref documents, options.BatchSize);
                        reported = Report(analysis.Done, reported, progress);
                    }
                }

                if (batch.Count > 0)
                {
                    Queue(analysis, batches, ref batch, ref documents, options.BatchSize);
                }

                inverter = analysis.Finish();
                Report(analysis.Done, reported, progress);
            }
            finally
            {
                store?.Dispose();
            }
        }

        if (ids.Finish() is { } repeated)
        {
            throw new InputFormatException(options.Source, 0,
                $"id '{repeated.Id}' is repeated (passages {repeated.First + 1} and {repeated.Second + 1} of those indexed); ids must be unique");
        }

        var lengths = new List<int>(documents);
        foreach (var b in batches)
        {
            lengths.AddRange(b.Lengths);
        }

        batches.Clear();
        (long WithTokens, long TotalTokens, long Terms, long Postings, long Blocks) counts;
        try
        {
            counts = WriteStructures(dir, inverter, lengths);
        }
        finally
        {
            // Drops the parts (the postings pool, the merged dictionary), also when the write pass failed.
            inverter.Dispose();
        }

        var manifest = new IndexManifest
        {
            Documents = lengths.Count,
            DocumentsWithTokens = counts.WithTokens,
            TotalTokens = counts.TotalTokens,
            Terms = counts.Terms,
            Postings = counts.Postings,
            Blocks = counts.Blocks,
            SkippedEmpty = skipped,
            HasDocStore = options.StoreDocs,
            Analyzer = options.Analyzer,
            Collection = new CollectionInfo { Source = options.Source, Format = options.SourceFormat, ContentSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()) },
            CreatedUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        };
        manifest.Save(dir);
        return manifest;
    }

    private static void Queue(BatchAnalyzer analysis, List<PassageBatch> batches, ref List<Passage> batch, ref int documents, int batchSize)
    {
        var queued = new PassageBatch(documents, batch);
        documents += batch.Count;
        batches.Add(queued);
        analysis.Add(queued);
        batch = new List<Passage>(batchSize);
    }

    /// <summary>Passes the passages analyzed since the last report to <paramref name="progress"/> (on the caller's thread).</summary>
    private static long Report(long done, long reported, Action<long>? progress)
    {
        if (done > reported)
        {
            progress?.Invoke(done - reported);
        }

        return Math.Max(done, reported);
    }

    /// <summary>The in-order part of a passage: its id, its share of the collection checksum and its stored text.</summary>
    private static void Record(Passage p, DocIdsWriter ids, DocStoreWriter? store, IncrementalHash hash, ref byte[] scratch)
    {
        int idBytes = Utf8(p.Id, ref scratch);
        ids.Add(scratch.AsSpan(0, idBytes));
        hash.AppendData(scratch, 0, idBytes);
        hash.AppendData("\t"u8);
        int textBytes = Utf8(p.Text, ref scratch);
        hash.AppendData(scratch, 0, textBytes);
        hash.AppendData("\n"u8);
        store?.Add(p.Title is { Length: > 0 } title ? title + " " + p.Text : p.Text);
    }

    private static int Utf8(string s, ref byte[] scratch)
    {
        int max = Encoding.UTF8.GetMaxByteCount(s.Length);
        if (scratch.Length < max)
        {
            scratch = new byte[Math.Max(max, scratch.Length * 2)];
        }

        return Encoding.UTF8.GetBytes(s, scratch);
    }

    private static void CheckTarget(string final)
    {
        if (File.Exists(final))
        {
            throw new IOException($"{final}: exists and is a file, not an index directory");
        }

        if (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any() && !File.Exists(Path.Combine(final, IndexFiles.Manifest)))
        {
            throw new IOException($"{final}: exists, is not empty and is not an index; refusing to overwrite it");
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
