using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Quarry.Data.IO;

namespace Quarry.Mining.Passages;

/// <summary>
/// Serves texts of a `pid<TAB>text` collection by seeking: one scan records each passage's byte offset and length
/// (see <see cref="OffsetTable"/>), and every lookup reads just that passage, so the texts themselves stay on disk
/// (in the page cache when memory allows). A gzip collection is first decompressed to a temporary file,
/// which is deleted on dispose: gzip cannot be read at an offset.
/// </summary>
public sealed class CollectionFileStore : IPassageStore
{
    private readonly OffsetTable _table;
    private readonly SafeFileHandle _handle;
    private readonly string? _spooled;

    private CollectionFileStore(OffsetTable table, SafeFileHandle handle, string? spooled)
    {
        _table = table;
        _handle = handle;
        _spooled = spooled;
    }

    /// <summary>Passages indexed.</summary>
    public int Count => _table.Count;

    /// <summary>Indexes a collection file (plain or gzip); <paramref name="progress"/> receives bytes scanned.</summary>
    public static CollectionFileStore Open(string path, Action<long>? progress = null)
    {
        string? spooled = null;
        string plain = path;
        if (IsGzip(path))
        {
            spooled = Path.Combine(Path.GetTempPath(), $"quarry-collection-{Environment.ProcessId}-{Guid.NewGuid():N}.tsv");
            using (var input = TextInput.OpenStream(path))
            using (var output = new FileStream(spooled, FileMode.CreateNew, FileAccess.Write, FileShare.None, TextInput.BufferSize))
            {
                input.CopyTo(output, TextInput.BufferSize);
            }

            plain = spooled;
        }

        try
        {
            var table = Scan(plain, path, progress);
            var handle = File.OpenHandle(plain, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
            return new CollectionFileStore(table, handle, spooled);
        }
        catch
        {
            if (spooled is not null)
            {
                File.Delete(spooled);
            }

            throw;
        }
    }

    public bool TryGet(string docId, out string text)
    {
        if (!_table.TryGet(docId, out long offset, out int length))
        {
            text = "";
            return false;
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            int read = 0;
            while (read < length)
            {
                int n = RandomAccess.Read(_handle, buffer.AsSpan(read, length - read), offset + read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            text = Encoding.UTF8.GetString(buffer, 0, read);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose()
    {
        _handle.Dispose();
        if (_spooled is not null)
        {
            try
            {
                File.Delete(_spooled);
            }
            catch (IOException)
            {
            }
        }
    }

    private static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static OffsetTable Scan(string plain, string shownPath, Action<long>? progress)
    {
        var table = new OffsetTable();
        using var file = new FileStream(plain, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        byte[] buffer = new byte[1 << 20];
        var id = new List<byte>(16);
        long position = 0;      // absolute offset of buffer[0]
        long lineStart = 0;
        long textStart = -1;    // -1 until the tab of the current line is seen
        long lineNumber = 1;
        int n;
        while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < n; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'\n')
                {
                    EndLine(table, id, lineStart, textStart, position + i, lineNumber, shownPath, buffer, i, position);
                    lineNumber++;
                    lineStart = position + i + 1;
                    textStart = -1;
                    id.Clear();
                }
                else if (textStart < 0)
                {
                    if (b == (byte)'\t')
                    {
                        textStart = position + i + 1;
                    }
                    else
                    {
                        id.Add(b);
                    }
                }
            }

            position += n;
            progress?.Invoke(n);
        }

        EndLine(table, id, lineStart, textStart, position, lineNumber, shownPath, buffer, -1, position);
        return table;
    }

    private static void EndLine(OffsetTable table, List<byte> id, long lineStart, long textStart, long lineEnd, long lineNumber,
        string shownPath, byte[] buffer, int newlineIndex, long bufferStart)
    {
        if (lineEnd == lineStart)
        {
            return; // blank line
        }

        if (textStart < 0 || id.Count == 0)
        {
            throw new InputFormatException(shownPath, lineNumber, "expected 'pid<TAB>passage'");
        }

        long end = lineEnd;
        // Drop a CR of a CRLF ending when it lies in the current buffer (a CR at a buffer edge is kept).
        if (newlineIndex > 0 && buffer[newlineIndex - 1] == (byte)'\r' && end - 1 >= textStart && lineEnd - 1 >= bufferStart)
        {
            end--;
        }

        table.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(id), textStart, (int)(end - textStart));
    }
}
