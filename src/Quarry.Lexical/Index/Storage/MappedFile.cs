using System.IO.MemoryMappedFiles;

namespace Quarry.Lexical.Index.Storage;

/// <summary>A read-only memory-mapped file exposed as a pointer; empty files map to nothing.</summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private bool _disposed;

    public MappedFile(string path)
    {
        Path = path;
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: index file missing");
        }

        Length = new FileInfo(path).Length;
        if (Length == 0)
        {
            return;
        }

        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* p = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
        Pointer = p + _view.PointerOffset;
    }

    public string Path { get; }

    public long Length { get; }

    public byte* Pointer { get; }

    /// <summary>A span over part of the file (the index keeps each structure below 2 GiB per span).</summary>
    public ReadOnlySpan<byte> Span(long offset, int length) => new(Pointer + offset, length);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        _map?.Dispose();
    }
}
