using System.IO.MemoryMappedFiles;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The full-precision rows of a vector file (int8 residuals of version 3, float16 of version 2, float32 of version 1;
/// see <see cref="QuantizedVectorFile"/>), memory-mapped read-only: only the few hundred candidates a scan keeps are
/// rescored with them, so only their pages are ever touched and the rows never take managed memory. (Reading them
/// with one system call per row cost five times the whole int8 scan.)
/// </summary>
public sealed class FloatRows : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long _offset;
    private readonly int _dimensions;
    private readonly int _version;
    private readonly int _rowBytes;
    private readonly long _int8Offset;
    private readonly long _scalesOffset;

    /// <summary>
    /// Maps the rows of <paramref name="path"/>, a file of format <paramref name="version"/> holding
    /// <paramref name="rows"/> rows, whose full-precision rows start at byte <paramref name="offset"/> (the int8 rows and
    /// their scales, which a version 3 row is rebuilt from, lie just before).
    /// </summary>
    public FloatRows(string path, long offset, int dimensions, int version, int rows)
    {
        if (version is not (QuantizedVectorFile.Float32Version or QuantizedVectorFile.Float16Version or QuantizedVectorFile.CurrentVersion))
        {
            throw new ArgumentOutOfRangeException(nameof(version));
        }
        _version = version;
        _rowBytes = QuantizedVectorFile.RowBytes(version, dimensions);
        _int8Offset = offset - (long)rows * dimensions;
        _scalesOffset = _int8Offset - (long)rows * sizeof(float);
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
        var position = _offset + (long)row * _rowBytes;
        if (position + _rowBytes > _view.Capacity || _scalesOffset < 0) throw new InvalidDataException("tệp vector bị cắt ngắn");
        if (_version == QuantizedVectorFile.Float32Version)
        {
            _view.ReadArray(position, vector, 0, _dimensions);
            return;
        }
        if (_version == QuantizedVectorFile.Float16Version)
        {
            Span<Half> half = _dimensions <= 1024 ? stackalloc Half[_dimensions] : new Half[_dimensions];
            _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(_view.PointerOffset + position), half);
            System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(half, vector.AsSpan(0, _dimensions));
            return;
        }
        Span<sbyte> int8 = _dimensions <= 1024 ? stackalloc sbyte[_dimensions] : new sbyte[_dimensions];
        Span<sbyte> residual = _dimensions <= 1024 ? stackalloc sbyte[_dimensions] : new sbyte[_dimensions];
        _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(_view.PointerOffset + _int8Offset + (long)row * _dimensions), int8);
        _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(_view.PointerOffset + position + sizeof(float)), residual);
        var scale = _view.ReadSingle(_scalesOffset + (long)row * sizeof(float));
        var residualScale = _view.ReadSingle(position);
        for (var i = 0; i < _dimensions; i++) vector[i] = int8[i] * scale + residual[i] * residualScale;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
