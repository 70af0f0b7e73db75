namespace Quarry.Data.Catalog;

/// <summary>How <see cref="DatasetDownloader"/> fetches files.</summary>
public sealed record DownloadOptions
{
    /// <summary>A mirror to fetch from instead of the public URLs: files are taken from <c>{BaseUrl}/{FileName}</c>. Default null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Attempts per file; each retry after a dropped connection resumes from the bytes already on disk. Default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Pause before a retry, doubled each time. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a request may wait for headers or for the next block of data. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>Where a file's download stands: bytes on disk so far and the expected total, when known.</summary>
public readonly record struct DownloadProgress(string FileName, long Bytes, long? TotalBytes);

/// <summary>The outcome for one file.</summary>
public sealed record DownloadResult(string Path, long Bytes, bool AlreadyPresent, bool Resumed);
