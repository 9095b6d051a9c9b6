using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>The store specifications against the embedded LiteDB file.</summary>
public sealed class LiteDbDocumentStoreSpecs : DocumentStoreSpecs
{
    private readonly TempDirectory _dir = new();

    /// <inheritdoc />
    protected override IDocumentStore OpenStore() => new LiteDbDocumentStore(_dir.File("kb.db"));

    /// <summary>The same store: one process owns a LiteDB file (DataDirectoryLock), so a second writer is another thread of it.</summary>
    protected override IDocumentStore OpenSecondWriter(IDocumentStore first) => first;

    /// <summary>A clause tree over LiteDB's 16 MB record limit: refused after the document record was written.</summary>
    protected override Clause UnstorableClause(string documentId) =>
        new() { Id = documentId + "/I", DocumentId = documentId, Label = "I", Text = new string('x', 17 * 1024 * 1024) };

    /// <inheritdoc />
    protected override void Cleanup() => _dir.Dispose();
}
