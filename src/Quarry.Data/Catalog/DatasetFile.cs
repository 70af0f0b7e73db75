namespace Quarry.Data.Catalog;

/// <summary>One downloadable file: where it lives, its size, and the checksums it must match.</summary>
public sealed record DatasetFile
{
    /// <summary>The local file name, and the name under a mirror's base URL.</summary>
    public required string FileName { get; init; }

    /// <summary>The public URL.</summary>
    public required string Url { get; init; }

    /// <summary>Size in bytes, when known; a download of another size is refused.</summary>
    public long? Size { get; init; }

    /// <summary>Expected MD5, lower-case hex (the checksum published for most IR files), or null.</summary>
    public string? Md5 { get; init; }

    /// <summary>Expected SHA-256, lower-case hex, or null.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Extra request headers (MS MARCO's storage needs `X-Ms-Version` for range requests).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The URL to fetch: <see cref="Url"/>, or <c>{baseUrl}/{FileName}</c> when a mirror's base URL is given.</summary>
    public Uri ResolveUrl(string? baseUrl) =>
        new(string.IsNullOrEmpty(baseUrl) ? Url : baseUrl.TrimEnd('/') + "/" + Uri.EscapeDataString(FileName));
}
