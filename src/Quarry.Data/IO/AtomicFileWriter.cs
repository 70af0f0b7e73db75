using System.IO.Compression;
using System.Text;

namespace Quarry.Data.IO;

/// <summary>
/// Writes a file through a temporary sibling and renames it into place on <see cref="Commit"/>,
/// so a failed or interrupted write never leaves a partial output under the final name.
/// A path ending in .gz is written gzip-compressed.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _tempPath;
    private readonly FileStream _file;
    private readonly Stream _stream;
    private bool _committed;
    private bool _disposed;

    public AtomicFileWriter(string path)
    {
        FinalPath = Path.GetFullPath(path);
        string? dir = Path.GetDirectoryName(FinalPath);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _tempPath = FinalPath + $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        _file = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, TextInput.BufferSize);
        _stream = FinalPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(_file, CompressionLevel.Fastest, leaveOpen: true)
            : _file;
        Writer = new StreamWriter(_stream, new UTF8Encoding(false), TextInput.BufferSize, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>The path the file will have once committed.</summary>
    public string FinalPath { get; }

    /// <summary>Text writer over the temporary file (UTF-8, no BOM, '\n' line endings).</summary>
    public StreamWriter Writer { get; }

    /// <summary>The raw byte stream, for binary outputs; do not mix with <see cref="Writer"/> without flushing.</summary>
    public Stream Stream => _stream;

    /// <summary>Flushes, closes and renames the temporary file over the final path.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Writer.Flush();
        Writer.Dispose();
        if (!ReferenceEquals(_stream, _file))
        {
            _stream.Dispose();
        }

        _file.Flush(flushToDisk: true);
        _file.Dispose();
        File.Move(_tempPath, FinalPath, overwrite: true);
        _committed = true;
        _disposed = true;
    }

    /// <summary>Without a prior <see cref="Commit"/>, discards the temporary file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Writer.Dispose();
        if (!ReferenceEquals(_stream, _file))
        {
            _stream.Dispose();
        }

        _file.Dispose();
        if (!_committed && File.Exists(_tempPath))
        {
            File.Delete(_tempPath);
        }
    }
}
