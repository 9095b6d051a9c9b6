using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Identity;

/// <summary>
/// Decides which stored document an incoming file is, so that a different document never silently replaces
/// another. In order:
/// <list type="number">
/// <item>the same bytes already stored (under any name) are that document, unchanged;</item>
/// <item>the same file on disk (same full path) ingested again is a new version of its document;</item>
/// <item>when the caller asked to replace, a stored document with the same file name is replaced;</item>
/// <item>anything else is a new document, with a distinct id when its file name's slug is taken
/// ("KE HOACH 36.txt" beside "ke-hoach-36.txt" becomes "ke-hoach-36-2").</item>
/// </list>
/// </summary>
public sealed class DocumentIdentityResolver
{
    /// <summary>Origin recorded for uploads, which have no path: an upload only replaces when asked to.</summary>
    public const string UploadOrigin = "upload";

    private readonly IDocumentStore _store;

    /// <summary>Creates the resolver over <paramref name="store"/>.</summary>
    public DocumentIdentityResolver(IDocumentStore store) => _store = store;

    /// <summary>Resolves the identity of a file.</summary>
    /// <param name="fileName">The file name users know the document by.</param>
    /// <param name="origin">The file's full path, or null for an upload.</param>
    /// <param name="contentHash">SHA-256 of its bytes.</param>
    /// <param name="replace">True when the caller explicitly asked to replace a same-named document.</param>
    public DocumentIdentity Resolve(string fileName, string? origin, string contentHash, bool replace)
    {
        if (Twin(fileName, origin, contentHash) is { } twin) return twin;

        var sameName = _store.FindBySource(fileName);
        var previous = origin is null ? null : sameName.FirstOrDefault(d => d.Origin == origin)
            // Documents stored before origins were recorded are adopted by the first file on disk with their name.
            ?? sameName.FirstOrDefault(d => d.Origin is null);
        if (previous is null && replace) previous = sameName.FirstOrDefault();
        if (previous is not null)
        {
            return new DocumentIdentity(previous.Id, IdentityKind.NewVersion, previous)
            {
                Note = $"thay thế bản đã lưu của văn bản '{previous.Id}' ({previous.Source}, nạp lúc {previous.IngestedAt:dd/MM/yyyy HH:mm})",
            };
        }

        var slug = DocumentIds.FromFileName(fileName);
        var id = FreeId(slug);
        // Another writer (a second node on a shared store) may have stored these very bytes under this name between the
        // content check above and the id check: the slug is then taken by the twin, which must not get a "-2" copy.
        if (id != slug && Twin(fileName, origin, contentHash) is { } late) return late;
        var clash = id == slug ? null : _store.GetDocument(slug);
        return new DocumentIdentity(id, IdentityKind.New, null)
        {
            Note = clash is null && sameName.Count == 0 ? null
                : $"đã có văn bản khác cùng tên '{(clash ?? sameName[0]).Id}' ({(clash ?? sameName[0]).Source}); lưu thành văn bản mới '{id}'. " +
                  "Muốn thay văn bản cũ thì nạp lại với --replace (API: replace=true)",
        };
    }

    /// <summary>The stored document holding these bytes, as the identity of the file; null when none does.</summary>
    private DocumentIdentity? Twin(string fileName, string? origin, string contentHash)
    {
        var sameBytes = _store.FindByContentHash(contentHash);
        var twin = sameBytes.FirstOrDefault(d => IsSameFile(d, fileName, origin)) ?? sameBytes.FirstOrDefault();
        if (twin is null) return null;
        // An older schema's record of these bytes is read again under its own id; a current one is the answer.
        if (twin.SchemaVersion != PolicyDocument.CurrentSchemaVersion) return new DocumentIdentity(twin.Id, IdentityKind.Reread, twin);
        var note = twin.Source == fileName ? null
            : $"nội dung trùng hoàn toàn với văn bản đã lưu '{twin.Id}' ({twin.Source}); không lưu thêm bản thứ hai";
        return new DocumentIdentity(twin.Id, IdentityKind.Unchanged, twin) { Note = note };
    }

    private static bool IsSameFile(PolicyDocument document, string fileName, string? origin) =>
        document.Source == fileName && (origin is null || document.Origin is null || document.Origin == origin);

    private string FreeId(string slug)
    {
        if (_store.GetDocument(slug) is null) return slug;
        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (_store.GetDocument(candidate) is null) return candidate;
        }
    }
}
