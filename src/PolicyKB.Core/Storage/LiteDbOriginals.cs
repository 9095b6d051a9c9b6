using System.IO.Compression;
using LiteDB;

namespace PolicyKB.Storage;

/// <summary>
/// Original files in the store's own LiteDB file storage, Brotli-compressed (a plan's text shrinks about fourfold), one
/// per document id. Kept with the document in the same transaction, so a document is never stored without the file it
/// can be read again from: after a schema change, a parser fix or damage to derived data nothing depends on the user
/// still having the file, and a backup of the store holds everything.
/// </summary>
public sealed class LiteDbOriginals
{
    /// <summary>The LiteDB collections holding the files (kept when a schema change empties the rest).</summary>
    public static readonly IReadOnlySet<string> Collections = new HashSet<string>(StringComparer.Ordinal) { "originals", "original_chunks" };

    private readonly ILiteStorage<string> _files;

    /// <summary>Opens the file storage of <paramref name="db"/>.</summary>
    public LiteDbOriginals(LiteDatabase db) => _files = db.GetStorage<string>("originals", "original_chunks");

    /// <summary>Stores or replaces the original of a document (call inside the document's write).</summary>
    public void Put(OriginalFile file) => Put(file, Pack(file));

    /// <summary>Stores or replaces the original of a document from its bytes as <see cref="Pack"/> compressed them.</summary>
    internal void Put(OriginalFile file, byte[] compressed)
    {
        using var packed = new MemoryStream(compressed, writable: false);
        var metadata = new BsonDocument
        {
            ["origin"] = file.Origin is null ? BsonValue.Null : new BsonValue(file.Origin),
            ["hash"] = file.ContentHash,
            ["bytes"] = file.Content.LongLength,
        };
        _files.Upload(file.DocumentId, file.FileName, packed, metadata);
    }

    /// <summary>The file's bytes as they are kept (Brotli).</summary>
    internal static byte[] Pack(OriginalFile file)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true)) brotli.Write(file.Content);
        return packed.ToArray();
    }

    /// <summary>The original of <paramref name="documentId"/>, or null when none is kept.</summary>
    public OriginalFile? Get(string documentId)
    {
        var info = _files.FindById(documentId);
        if (info is null) return null;
        using var packed = new MemoryStream();
        info.CopyTo(packed);
        packed.Position = 0;
        using var content = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionMode.Decompress)) brotli.CopyTo(content);
        var origin = info.Metadata["origin"];
        return new OriginalFile(documentId, info.Filename, origin.IsString ? origin.AsString : null, info.Metadata["hash"].AsString, content.ToArray());
    }

    /// <summary>Ids of every kept original.</summary>
    public IReadOnlyList<string> Ids() => _files.FindAll().Select(f => f.Id).ToList();

    /// <summary>Deletes the original of <paramref name="documentId"/>; false when none was kept.</summary>
    public bool Delete(string documentId) => _files.Delete(documentId);
}
