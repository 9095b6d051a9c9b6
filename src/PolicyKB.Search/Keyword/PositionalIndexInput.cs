using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A buffered Lucene input over part of a file (<paramref name="offset"/>, <paramref name="length"/>), refilled with
/// positional reads that need no lock. Clones share the handle; only the input that opened it closes it.
/// </summary>
internal sealed class PositionalIndexInput(string description, SafeFileHandle file, long offset, long length, int bufferSize, bool owner)
    : BufferedIndexInput(description, bufferSize)
{
    private bool _isClone;

    /// <inheritdoc />
    public override long Length => length;

    /// <inheritdoc />
    protected override void ReadInternal(byte[] b, int offset1, int count)
    {
        var position = Position;
        if (position + count > length) throw new EndOfStreamException($"read past EOF: {this}");
        var target = b.AsSpan(offset1, count);
        while (target.Length > 0)
        {
            var read = RandomAccess.Read(file, target, offset + position);
            if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
            target = target[read..];
            position += read;
        }
    }

    /// <inheritdoc />
    protected override void SeekInternal(long pos)
    {
    }

    /// <inheritdoc />
    public override object Clone()
    {
        var clone = (PositionalIndexInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && owner && !_isClone) file.Dispose();
    }
}
