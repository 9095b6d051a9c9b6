using System.IO.MemoryMappedFiles;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The float32 rows of a vector file, memory-mapped read-only: only the few hundred candidates a scan keeps are
/// rescored with them, so only their pages are ever touched and the rows never take managed memory. (Reading them
/// with one system call per row cost five times the whole int8 scan.)
/// </summary>
public sealed class FloatRows : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long _offset;
    private readonly int _dimensions;

    /// <summary>Maps the rows of <paramref name="path"/> starting at byte <paramref name="offset"/>.</summary>
    public FloatRows(string path, long offset, int dimensions)
    {
        // Delete sharing lets the next save rename a new file over this one while it is still mapped.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        _offset = offset;
        _dimensions = dimensions;
    }

    /// <summary>Reads row <paramref name="row"/> into <paramref name="vector"/>.</summary>
    public void Read(int row, float[] vector)
    {
        var read = _view.ReadArray(_offset + (long)row * _dimensions * sizeof(float), vector, 0, _dimensions);
        if (read != _dimensions) throw new InvalidDataException("tệp vector bị cắt ngắn");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
