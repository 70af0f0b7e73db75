using System.Text;
using Quarry.Data.Beir;
using Quarry.Data.Collection;
using Quarry.Data.IO;
using Quarry.Data.Jsonl;
using Quarry.Data.Records;
using Quarry.Data.Trec;

namespace Quarry.Data.Formats;

/// <summary>One entry point for every collection format: parse a format name, detect it, and stream the passages.</summary>
public static class CollectionFormats
{
    /// <summary>The names <see cref="Parse"/> accepts, for help texts.</summary>
    public const string Names = "auto|msmarco|beir|jsonl|trec";

    /// <summary>Parses a format name (`auto`, `msmarco` or `tsv`, `beir`, `jsonl` or `json`, `trec`), case-insensitively.</summary>
    public static CollectionFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "auto" => CollectionFormat.Auto,
        "msmarco" or "tsv" => CollectionFormat.MsMarco,
        "beir" => CollectionFormat.Beir,
        "jsonl" or "json" => CollectionFormat.Jsonl,
        "trec" => CollectionFormat.Trec,
        _ => throw new ArgumentException($"unknown collection format '{name}'; expected one of {Names}", nameof(name)),
    };

    /// <summary>Streams the passages of a file or folder in format <paramref name="format"/> (a name, see <see cref="Parse"/>).</summary>
    public static IEnumerable<Passage> Open(string path, string format, ReadOptions? options = null) => Open(path, Parse(format), options);

    /// <summary>
    /// Streams the passages of <paramref name="path"/>. A folder is read as a BEIR dataset (its corpus) when it holds
    /// `corpus.jsonl`, else as every file in it, in ordinal name order, all in one format.
    /// </summary>
    public static IEnumerable<Passage> Open(string path, CollectionFormat format, ReadOptions? options = null)
    {
        if (format == CollectionFormat.Auto)
        {
            format = Detect(path);
        }

        foreach (string file in Files(path, format))
        {
            var passages = format switch
            {
                CollectionFormat.MsMarco => CollectionReader.Read(file, options),
                CollectionFormat.Beir => BeirCorpusReader.Read(file, options),
                CollectionFormat.Jsonl => JsonlCollectionReader.Read(file, options),
                CollectionFormat.Trec => TrecDocumentReader.Read(file, options),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
            foreach (var passage in passages)
            {
                yield return passage;
            }
        }
    }

    /// <summary>
    /// Detects the format of a file or folder: a folder with `corpus.jsonl` is BEIR; otherwise the first non-blank line of the
    /// (first) file decides: `&lt;DOC` is TREC, a JSON object with `_id` is BEIR and with `id` is JSONL, a tab is MS MARCO.
    /// </summary>
    public static CollectionFormat Detect(string path)
    {
        if (Directory.Exists(path))
        {
            if (File.Exists(Path.Combine(path, "corpus.jsonl")) || File.Exists(Path.Combine(path, "corpus.jsonl.gz")))
            {
                return CollectionFormat.Beir;
            }

            path = ListFolder(path).FirstOrDefault() ?? throw new InputFormatException(path, 0, "the folder holds no files");
        }

        string first = FirstLine(path);
        string trimmed = first.TrimStart();
        if (trimmed.StartsWith("<DOC", StringComparison.OrdinalIgnoreCase))
        {
            return CollectionFormat.Trec;
        }

        if (trimmed.StartsWith('{'))
        {
            if (trimmed.Contains("\"_id\"", StringComparison.Ordinal))
            {
                return CollectionFormat.Beir;
            }

            if (trimmed.Contains("\"id\"", StringComparison.Ordinal))
            {
                return CollectionFormat.Jsonl;
            }
        }
        else if (first.Contains('\t', StringComparison.Ordinal))
        {
            return CollectionFormat.MsMarco;
        }

        throw new InputFormatException(path, 1, $"cannot tell the collection format from this line; name it ({Names})");
    }

    private static IEnumerable<string> Files(string path, CollectionFormat format)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        if (format == CollectionFormat.Beir)
        {
            return [new BeirDataset(path).CorpusPath];
        }

        var files = ListFolder(path);
        return files.Count > 0 ? files : throw new InputFormatException(path, 0, "the folder holds no files");
    }

    private static List<string> ListFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)];

    private static string FirstLine(string path)
    {
        using var reader = LineReader.Open(path);
        while (reader.TryReadLine(out var line))
        {
            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') >= 0)
            {
                return Encoding.UTF8.GetString(line[..Math.Min(line.Length, 4096)]);
            }
        }

        throw new InputFormatException(path, 0, "the file is empty");
    }
}
