using LiteDB;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Storage;

/// <summary>Every document keeps the file it was read from, so a schema change reads it again instead of losing it.</summary>
public sealed class OriginalFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Data => _dir.File("data");

    [Fact]
    public void The_original_bytes_and_name_are_kept_and_removed_with_the_document()
    {
        var seed = Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md");
        using var kb = KnowledgeBase.Open(Data);
        var id = kb.Ingest([seed])[0].DocumentId;

        var original = kb.Store.GetOriginal(id);

        Assert.NotNull(original);
        Assert.Equal(File.ReadAllBytes(seed), original.Content);
        Assert.Equal(("ha-giang-2021-ky-niem-ngay-thay-thuoc.md", Path.GetFullPath(seed)), (original.FileName, original.Origin));
        kb.Remove(id);
        Assert.Null(kb.Store.GetOriginal(id));
    }

    [Fact]
    public void After_a_schema_change_every_document_comes_back_under_its_id_including_uploads()
    {
        string[] before;
        using (var kb = KnowledgeBase.Open(Data))
        {
            kb.Ingest([SharedData.ContentDirectory]);
            var upload = _dir.File("tmp-upload");
            File.WriteAllText(upload, Uploads.Plan("36-KH/UBND"));
            kb.IngestFile(upload, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md"); // same name as a seed: stored as "-2"
            before = kb.Store.ListDocuments().Select(d => $"{d.Id} {d.Metadata.Number} {d.ClauseCount}").ToArray();
        }
        Assert.Contains(before, d => d.StartsWith("ha-giang-2021-ky-niem-ngay-thay-thuoc-2 36-KH/UBND", StringComparison.Ordinal));
        using (var db = new LiteDatabase(Path.Combine(Data, "policykb.db")))
        {
            // An older version's file: the store empties itself on open and must read the documents again.
            db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = PolicyDocument.CurrentSchemaVersion - 1 });
        }

        using var reopened = KnowledgeBase.Open(Data);

        Assert.Equal(before, reopened.Store.ListDocuments().Select(d => $"{d.Id} {d.Metadata.Number} {d.ClauseCount}").ToArray());
        Assert.Contains(reopened.Health.Repairs, r => r.Contains("đọc lại 6 văn bản", StringComparison.Ordinal));
        Assert.Equal("upload", reopened.Store.GetDocument("ha-giang-2021-ky-niem-ngay-thay-thuoc-2")!.Origin);
        Assert.True(reopened.Keyword.ClauseCount > 100);
    }

    public void Dispose() => _dir.Dispose();
}
