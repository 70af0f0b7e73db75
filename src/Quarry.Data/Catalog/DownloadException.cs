namespace Quarry.Data.Catalog;

/// <summary>A download failed for a reason the user can act on (HTTP status, checksum mismatch, dropped connection); the message says which.</summary>
public sealed class DownloadException : Exception
{
    public DownloadException(string message) : base(message) { }

    public DownloadException() { }

    public DownloadException(string message, Exception inner) : base(message, inner) { }
}
