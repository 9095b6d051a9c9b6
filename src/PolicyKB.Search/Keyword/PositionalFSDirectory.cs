using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A file-system Lucene directory whose inputs read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux): any number of threads read one file at once, each at its own offset. Lucene.Net's
/// <see cref="NIOFSDirectory"/> emulates Java's positional read with a lock per file around seek, read and seek back,
/// plus a length check, so concurrent searches queued on the segment's compound file (four clients answered fewer
/// queries a second than one). Memory-mapped inputs are not used for the reason given in <see cref="LuceneKeywordIndex"/>.
/// Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
public sealed class PositionalFSDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenHandle(name);
        try
        {
            return new PositionalIndexInput($"PositionalIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")", file, 0, RandomAccess.GetLength(file),
                BufferedIndexInput.GetBufferSize(context), owner: true);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(OpenHandle(name), Path.Combine(Directory.FullName, name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Slices of a compound file, sharing its handle; the slicer owns it.</summary>
    private sealed class Slicer(SafeFileHandle file, string path, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, bufferSize, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
        }
    }
}
