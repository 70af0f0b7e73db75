using System.Text.Json;
using System.Text.Json.Serialization;

namespace Quarry.Lexical.Index.Manifest;

/// <summary>manifest.json: written last, so its presence marks a complete index; it carries the version, settings and counts.</summary>
public sealed record IndexManifest
{
    /// <summary>The format this code writes, and the only one it opens.</summary>
    public const int CurrentFormatVersion = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = "quarry-lexical-index";

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Documents in the index (internal numbers 0..Documents-1).</summary>
    public long Documents { get; init; }

    /// <summary>Documents with at least one token: BM25's N (Lucene's docCount).</summary>
    public long DocumentsWithTokens { get; init; }

    /// <summary>Sum of all document lengths.</summary>
    public long TotalTokens { get; init; }

    public long Terms { get; init; }

    public long Postings { get; init; }

    /// <summary>Postings blocks of 128 documents; blocks.bin holds an entry only for those of terms with more than one.</summary>
    public long Blocks { get; init; }

    /// <summary>Input passages left out because their text was empty or blank (as Anserini skips empty documents).</summary>
    public long SkippedEmpty { get; init; }

    public bool HasDocStore { get; init; }

    public AnalyzerSettings Analyzer { get; init; } = new();

    public CollectionInfo Collection { get; init; } = new();

    public string CreatedUtc { get; init; } = "";

    /// <summary>Reads and checks the manifest of an index directory; the message says what is wrong.</summary>
    public static IndexManifest Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: index directory not found");
        }

        string path = Path.Combine(directory, IndexFiles.Manifest);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{directory}: not a Quarry index (no {IndexFiles.Manifest}; an interrupted build leaves none)");
        }

        IndexManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid manifest ({e.Message})", e);
        }

        if (manifest is null || manifest.Format != "quarry-lexical-index")
        {
            throw new InvalidDataException($"{path}: not a Quarry lexical index manifest");
        }

        if (manifest.FormatVersion > CurrentFormatVersion)
        {
            throw new InvalidDataException($"{path}: index format version {manifest.FormatVersion} is newer than this Quarry reads ({CurrentFormatVersion}); upgrade Quarry");
        }

        if (manifest.FormatVersion < CurrentFormatVersion)
        {
            throw new InvalidDataException($"{path}: index format version {manifest.FormatVersion} is older than this Quarry reads ({CurrentFormatVersion}); rebuild the index with `quarry index`");
        }

        return manifest;
    }

    public void Save(string directory) =>
        File.WriteAllText(Path.Combine(directory, IndexFiles.Manifest), JsonSerializer.Serialize(this, Json));
}

/// <summary>The analysis the index was built with; queries must be analyzed the same way.</summary>
public sealed record AnalyzerSettings
{
    public string Name { get; init; } = "anserini-english";

    public bool Stem { get; init; } = true;

    public bool RemoveStopwords { get; init; } = true;
}

/// <summary>Where the documents came from and a checksum of what was read.</summary>
public sealed record CollectionInfo
{
    public string Source { get; init; } = "";

    public string Format { get; init; } = "";

    /// <summary>SHA-256 over every indexed passage as <c>id TAB text LF</c> in UTF-8.</summary>
    public string ContentSha256 { get; init; } = "";
}
