using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Ingestion;

/// <summary>A different document never silently replaces another; a replacement happens only when it is the same file or was asked for.</summary>
public sealed class DocumentIdentityTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LiteDbDocumentStore _store;
    private readonly IngestionPipeline _pipeline;

    public DocumentIdentityTests()
    {
        _store = new LiteDbDocumentStore(_dir.File("kb.db"));
        _pipeline = IngestionPipelineFactory.CreateDefault(_store);
    }

    [Fact]
    public void Two_different_files_with_the_same_name_in_two_folders_are_both_kept()
    {
        var first = _pipeline.Ingest(Write("a/ke-hoach-36.txt", Uploads.Plan("36-KH/UBND")));
        var second = _pipeline.Ingest(Write("b/ke-hoach-36.txt", Uploads.Plan("37-KH/UBND")));

        Assert.Equal((IngestionStatus.Stored, "ke-hoach-36"), (first.Status, first.DocumentId));
        Assert.Equal((IngestionStatus.Stored, "ke-hoach-36-2"), (second.Status, second.DocumentId));
        Assert.Contains("ke-hoach-36", second.Note);
        Assert.Equal(["36-KH/UBND", "37-KH/UBND"], _store.ListDocuments().Select(d => d.Metadata.Number));
    }

    [Fact]
    public void Names_that_map_to_the_same_slug_keep_distinct_ids()
    {
        var first = _pipeline.Ingest(Write("KE HOACH 36.txt", Uploads.Plan("36-KH/UBND")));
        var second = _pipeline.Ingest(Write("ke-hoach-36.txt", Uploads.Plan("37-KH/UBND")));
        var third = _pipeline.Ingest(Write("Kế hoạch 36.txt", Uploads.Plan("38-KH/UBND")));

        Assert.Equal(["ke-hoach-36", "ke-hoach-36-2", "ke-hoach-36-3"], new[] { first, second, third }.Select(r => r.DocumentId));
        Assert.All(new[] { first, second, third }, r => Assert.Equal(IngestionStatus.Stored, r.Status));
        Assert.Equal(3, _store.ListDocuments().Count);
    }

    [Fact]
    public void The_same_file_edited_and_ingested_again_replaces_its_own_document_and_says_so()
    {
        var path = Write("ke-hoach-36.txt", Uploads.Plan("36-KH/UBND"));
        _pipeline.Ingest(path);
        File.WriteAllText(path, Uploads.Plan("36-KH/UBND") + "\n3. Bổ sung nhiệm vụ mới về y tế học đường.");

        var again = _pipeline.Ingest(path);

        Assert.Equal((IngestionStatus.Replaced, "ke-hoach-36"), (again.Status, again.DocumentId));
        Assert.Contains("thay thế", again.Note);
        Assert.Single(_store.ListDocuments());
    }

    [Fact]
    public void A_file_from_another_folder_replaces_a_same_named_document_only_when_asked()
    {
        _pipeline.Ingest(Write("a/ke-hoach-36.txt", Uploads.Plan("36-KH/UBND")));
        var path = Write("b/ke-hoach-36.txt", Uploads.Plan("37-KH/UBND"));

        var replaced = _pipeline.Ingest(path, "ke-hoach-36.txt", IngestRequest.FromDisk with { Replace = true });

        Assert.Equal((IngestionStatus.Replaced, "ke-hoach-36"), (replaced.Status, replaced.DocumentId));
        Assert.Equal("37-KH/UBND", Assert.Single(_store.ListDocuments()).Metadata.Number);
    }

    [Fact]
    public void An_upload_with_a_taken_name_is_a_new_document_unless_replace_is_asked()
    {
        _pipeline.Ingest(Write("up1", Uploads.Plan("36-KH/UBND")), "ke-hoach-36.txt", IngestRequest.Upload);

        var other = _pipeline.Ingest(Write("up2", Uploads.Plan("37-KH/UBND")), "ke-hoach-36.txt", IngestRequest.Upload);
        var replacing = _pipeline.Ingest(Write("up3", Uploads.Plan("38-KH/UBND")), "ke-hoach-36.txt", IngestRequest.Upload with { Replace = true });

        Assert.Equal((IngestionStatus.Stored, "ke-hoach-36-2"), (other.Status, other.DocumentId));
        Assert.Equal((IngestionStatus.Replaced, "ke-hoach-36"), (replacing.Status, replacing.DocumentId));
        Assert.Equal(["38-KH/UBND", "37-KH/UBND"], _store.ListDocuments().Select(d => d.Metadata.Number));
    }

    [Fact]
    public void The_same_bytes_under_another_name_are_not_stored_twice()
    {
        _pipeline.Ingest(Write("ke-hoach-36.txt", Uploads.Plan("36-KH/UBND")));

        var copy = _pipeline.Ingest(Write("ban-sao/ke hoach 36 (1).txt", Uploads.Plan("36-KH/UBND")));

        Assert.Equal((IngestionStatus.Unchanged, "ke-hoach-36"), (copy.Status, copy.DocumentId));
        Assert.Contains("trùng", copy.Note);
        Assert.Single(_store.ListDocuments());
    }

    [Fact]
    public void A_document_stored_before_origins_were_recorded_is_updated_by_its_file_not_duplicated()
    {
        var path = Write("ke-hoach-36.txt", Uploads.Plan("36-KH/UBND"));
        _pipeline.Ingest(path);
        var legacy = _store.GetDocument("ke-hoach-36")!;
        _store.Replace(new Documents.PolicyDocument
        {
            Id = legacy.Id, Source = legacy.Source, ContentHash = "old", Metadata = legacy.Metadata, IngestedAt = legacy.IngestedAt,
        }, _store.GetClauses(legacy.Id), []);

        var again = _pipeline.Ingest(path);

        Assert.Equal((IngestionStatus.Replaced, "ke-hoach-36"), (again.Status, again.DocumentId));
        Assert.Single(_store.ListDocuments());
    }

    private string Write(string relative, string text)
    {
        var path = _dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }
}
