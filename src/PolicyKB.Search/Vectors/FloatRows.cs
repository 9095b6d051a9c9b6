using System.IO.MemoryMappedFiles;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The full-precision rows of a vector file (float16, or float32 in a version 1 file), memory-mapped read-only: only the few hundred candidates a scan keeps are
/// rescored with them, so only their pages are ever touched and the rows never take managed memory. (Reading them
/// with one system call per row cost five times the whole int8 scan.)
/// </summary>
public sealed class FloatRows : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long _offset;
    private readonly int _dimensions;
    private readonly int _width;

    /// <summary>
    /// Maps the rows of <paramref name="path"/> starting at byte <paramref name="offset"/>, each component
    /// <paramref name="width"/> bytes (2: float16, 4: float32).
    /// </summary>
    public FloatRows(string path, long offset, int dimensions, int width = 2)
    {
        if (width is not (2 or sizeof(float))) throw new ArgumentOutOfRangeException(nameof(width));
        _width = width;
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
        var position = _offset + (long)row * _dimensions * _width;
        if (position + (long)_dimensions * _width > _view.Capacity) throw new InvalidDataException("tệp vector bị cắt ngắn");
        if (_width == sizeof(float))
        {
            _view.ReadArray(position, vector, 0, _dimensions);
            return;
        }
        Span<Half> half = _dimensions <= 1024 ? stackalloc Half[_dimensions] : new Half[_dimensions];
        _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(_view.PointerOffset + position), half);
        System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(half, vector.AsSpan(0, _dimensions));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
