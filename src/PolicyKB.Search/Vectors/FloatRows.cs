using Microsoft.Win32.SafeHandles;

namespace PolicyKB.Search.Vectors;

/// <summary>
/// The float32 rows of a vector file, read one row at a time from disk (the page cache serves repeated reads): only
/// the few hundred candidates a scan keeps are rescored with them, so they never need to be in memory.
/// </summary>
public sealed class FloatRows : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly long _offset;
    private readonly int _dimensions;

    /// <summary>Opens the rows of <paramref name="path"/> starting at byte <paramref name="offset"/>.</summary>
    public FloatRows(string path, long offset, int dimensions)
    {
        // Delete sharing lets the next save rename a new file over this one while it is still open.
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _offset = offset;
        _dimensions = dimensions;
    }

    /// <summary>Reads row <paramref name="row"/> into <paramref name="vector"/>.</summary>
    public void Read(int row, Span<float> vector)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector[.._dimensions]);
        var read = RandomAccess.Read(_handle, bytes, _offset + (long)row * _dimensions * sizeof(float));
        if (read != bytes.Length) throw new InvalidDataException("tệp vector bị cắt ngắn");
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}
