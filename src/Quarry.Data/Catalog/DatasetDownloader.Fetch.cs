using System.Net;
using System.Net.Http.Headers;

namespace Quarry.Data.Catalog;

/// <summary>One HTTP exchange: a full or ranged GET appended to the partial file.</summary>
public sealed partial class DatasetDownloader
{
    /// <summary>Fetches what the partial file lacks; a stall longer than the timeout becomes a <see cref="TimeoutException"/>.</summary>
    private async Task<bool> FetchAsync(DatasetFile file, Uri url, string partial, Action<DownloadProgress>? progress, CancellationToken cancel)
    {
        try
        {
            return await FetchOnceAsync(file, url, partial, progress, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"no data for {_options.Timeout.TotalSeconds:0} s", ex);
        }
    }

    /// <summary>Fetches what the partial file lacks; returns whether it resumed from earlier bytes.</summary>
    private async Task<bool> FetchOnceAsync(DatasetFile file, Uri url, string partial, Action<DownloadProgress>? progress, CancellationToken cancel)
    {
        long have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (file.Size is { } size && have > size)
        {
            File.Delete(partial);
            have = 0;
        }

        if (file.Size is { } complete && have == complete)
        {
            return true; // an earlier run got every byte but stopped before verifying
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in file.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (have > 0)
        {
            request.Headers.Range = new RangeHeaderValue(have, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        if (have > 0 && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // The server has no bytes past ours: either the partial file is complete, or it is not this file; verification decides.
            return true;
        }

        if (!response.IsSuccessStatusCode)
        {
            string message = $"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            if ((int)response.StatusCode >= 500)
            {
                throw new HttpRequestException(message, null, response.StatusCode);
            }

            throw new DownloadException(message);
        }

        bool resuming = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
        if (resuming && response.Content.Headers.ContentRange?.From != have)
        {
            throw new DownloadException($"{url}: the server answered a range request from byte {have} with another range ({response.Content.Headers.ContentRange})");
        }

        if (!resuming)
        {
            have = 0; // a 200 to a range request means the server sends the whole file again
        }

        long? total = file.Size ?? (response.Content.Headers.ContentLength is { } length ? length + have : null);
        progress?.Invoke(new DownloadProgress(file.FileName, have, total));
        await using var output = new FileStream(partial, resuming ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        await using var body = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        byte[] buffer = new byte[1 << 16];
        while (true)
        {
            timeout.CancelAfter(_options.Timeout);
            int read = await body.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancel).ConfigureAwait(false);
            have += read;
            progress?.Invoke(new DownloadProgress(file.FileName, have, total));
        }

        return resuming;
    }
}
