using System.Net;
using System.Net.Http.Headers;

namespace Quarry.Data.Catalog;

/// <summary>
/// Downloads catalog files: into `NAME.partial`, resuming it with an HTTP range request after an interruption
/// (in this run or an earlier one), then verifies size and checksum and renames it into place. A file that fails
/// verification never appears under its final name.
/// </summary>
public sealed partial class DatasetDownloader : IDisposable
{
    /// <summary>Suffix of a download in progress.</summary>
    public const string PartialSuffix = ".partial";

    private readonly HttpClient _http;
    private readonly DownloadOptions _options;

    /// <summary>A downloader with <paramref name="options"/> (defaults when null).</summary>
    public DatasetDownloader(DownloadOptions? options = null)
    {
        _options = options ?? new DownloadOptions();
        var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, ConnectTimeout = _options.Timeout };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Quarry", "0.1"));
    }

    /// <summary>Downloads every file of <paramref name="dataset"/> into <paramref name="directory"/>, in order.</summary>
    public async Task<IReadOnlyList<DownloadResult>> DownloadAsync(Dataset dataset, string directory, Action<DownloadProgress>? progress = null, CancellationToken cancel = default)
    {
        var results = new List<DownloadResult>();
        foreach (var file in dataset.Files)
        {
            results.Add(await DownloadAsync(file, directory, progress, cancel).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>
    /// Downloads one file into <paramref name="directory"/>. A file already there that verifies is kept (nothing is fetched);
    /// one that does not verify is replaced once a new copy does.
    /// </summary>
    public async Task<DownloadResult> DownloadAsync(DatasetFile file, string directory, Action<DownloadProgress>? progress = null, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(directory);
        string final = Path.Combine(directory, file.FileName);
        string partial = final + PartialSuffix;
        if (File.Exists(final) && FileVerifier.Check(final, file) is null)
        {
            long length = new FileInfo(final).Length;
            progress?.Invoke(new DownloadProgress(file.FileName, length, length));
            return new DownloadResult(final, length, AlreadyPresent: true, Resumed: false);
        }

        Uri url = file.ResolveUrl(_options.BaseUrl);
        bool resumed = false;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                resumed |= await FetchAsync(file, url, partial, progress, cancel).ConfigureAwait(false);
                break;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < _options.MaxAttempts)
            {
                await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 1), cancel).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                long have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
                throw new DownloadException(
                    have > 0
                        ? $"{url}: transfer interrupted after {have:N0} bytes ({ex.Message}); run the download again to resume"
                        : $"{url}: {ex.Message} (after {_options.MaxAttempts} attempts)",
                    ex);
            }
        }

        if (FileVerifier.Check(partial, file) is { } problem)
        {
            File.Delete(partial);
            throw new DownloadException($"{problem} (from {url}); the download was discarded");
        }

        File.Move(partial, final, overwrite: true);
        return new DownloadResult(final, new FileInfo(final).Length, AlreadyPresent: false, Resumed: resumed);
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>Connection drops, timeouts and server errors (5xx) are worth a retry; a 404 or a checksum mismatch is not.</summary>
    private static bool IsTransient(Exception ex) =>
        ex is IOException or TimeoutException or HttpRequestException { StatusCode: null or >= HttpStatusCode.InternalServerError }
        || (ex is TaskCanceledException { InnerException: TimeoutException });
}
