using LiteDB;
using PolicyKB.Corrections;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Corrections;

/// <summary>A person's correction of a document's metadata outlives every way the document can be read again.</summary>
public sealed class MetadataCorrectionStoreTests : IDisposable
{
    private const string HaGiang = "ha-giang-2021-ky-niem-ngay-thay-thuoc";
    private const string HaTinh2024 = "ha-tinh-2024-cung-co-y-te-co-so";
    private static readonly DateTimeOffset At = new(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(7));
    private readonly TempDirectory _dir = new();

    private string Data => _dir.File("data");

    private static string Seed => Path.Combine(SharedData.ContentDirectory, HaGiang + ".md");

    [Fact]
    public void A_correction_changes_the_stored_metadata_and_is_kept_with_the_old_value()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Seed]);
        var before = kb.Store.GetDocument(HaGiang)!.Metadata.Signer;

        var made = kb.CorrectMetadata(HaGiang, Values((MetadataFields.Signer, "Nguyễn Văn Bình")), "Văn phòng Sở", At);

        Assert.Equal("Nguyễn Văn Bình", kb.Store.GetDocument(HaGiang)!.Metadata.Signer);
        var kept = Assert.Single(kb.Store.GetCorrections(HaGiang, kb.Store.GetContentHash(HaGiang)!));
        Assert.Equal(Assert.Single(made!), kept);
        Assert.Equal((MetadataFields.Signer, before, "Nguyễn Văn Bình", "Văn phòng Sở", At), (kept.Field, kept.OldValue, kept.NewValue, kept.CorrectedBy, kept.CorrectedAt));
    }

    [Fact]
    public void Setting_a_field_to_the_value_it_already_has_records_nothing()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Seed]);
        var type = kb.Store.GetDocument(HaGiang)!.Metadata.Type;

        var made = kb.CorrectMetadata(HaGiang, Values((MetadataFields.Type, type)), "Văn phòng Sở", At);

        Assert.Empty(made!);
        Assert.Empty(kb.Store.GetCorrections(HaGiang, kb.Store.GetContentHash(HaGiang)!));
    }

    [Fact]
    public void Correcting_an_unknown_document_returns_null()
    {
        using var kb = KnowledgeBase.Open(Data);

        Assert.Null(kb.CorrectMetadata("khong-co", Values((MetadataFields.Type, "Quyết định")), "A", At));
    }

    [Fact]
    public void The_same_bytes_ingested_again_after_removal_get_the_corrections_back()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Seed]);
        kb.CorrectMetadata(HaGiang, Values((MetadataFields.Number, "99/KH-SYT"), (MetadataFields.IssuedOn, "2021-02-01")), "A", At);
        kb.Remove(HaGiang);

        kb.Ingest([Seed]);

        var metadata = kb.Store.GetDocument(HaGiang)!.Metadata;
        Assert.Equal(("99/KH-SYT", "2021-02-01"), (metadata.Number, metadata.IssuedOn?.ToString()));
    }

    [Fact]
    public void The_latest_correction_of_a_field_wins_when_read_again()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Seed]);
        kb.CorrectMetadata(HaGiang, Values((MetadataFields.Issuer, "Sở Y tế")), "A", At);
        kb.CorrectMetadata(HaGiang, Values((MetadataFields.Issuer, "Sở Y tế tỉnh Hà Giang (sửa)")), "B", At);
        kb.Remove(HaGiang);

        kb.Ingest([Seed]);

        Assert.Equal("Sở Y tế tỉnh Hà Giang (sửa)", kb.Store.GetDocument(HaGiang)!.Metadata.Issuer);
        Assert.Equal(["A", "B"], kb.Store.GetCorrections(HaGiang, kb.Store.GetContentHash(HaGiang)!).Select(c => c.CorrectedBy));
    }

    [Fact]
    public void After_a_schema_change_the_document_read_again_keeps_its_corrections_and_their_history()
    {
        using (var kb = KnowledgeBase.Open(Data))
        {
            kb.Ingest([Seed]);
            kb.CorrectMetadata(HaGiang, Values((MetadataFields.Type, "Quyết định"), (MetadataFields.Title, "Trích yếu đã sửa")), "A", At);
        }
        using (var db = new LiteDatabase(Path.Combine(Data, "policykb.db")))
        {
            db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = PolicyDocument.CurrentSchemaVersion - 1 });
        }

        using var reopened = KnowledgeBase.Open(Data);

        var metadata = reopened.Store.GetDocument(HaGiang)!.Metadata;
        Assert.Equal(("Quyết định", "Trích yếu đã sửa"), (metadata.Type, metadata.Title));
        Assert.Equal(2, reopened.Store.GetCorrections(HaGiang, reopened.Store.GetContentHash(HaGiang)!).Count);
    }

    [Fact]
    public async Task A_corrected_type_filters_keyword_search_at_once()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Seed]);
        var request = new SearchRequest("thầy thuốc") { Mode = SearchMode.Keyword, Filters = new SearchFilters { Type = "Quyết định" } };
        Assert.Equal(0, (await kb.Search.SearchAsync(request)).Total);

        kb.CorrectMetadata(HaGiang, Values((MetadataFields.Type, "Quyết định")), "A", At);

        Assert.True((await kb.Search.SearchAsync(request)).Total > 0);
    }

    [Fact]
    public void A_corrected_issue_date_and_signer_reach_the_facts_and_the_date_is_no_longer_inferred()
    {
        using var kb = KnowledgeBase.Open(Data);
        kb.Ingest([Path.Combine(SharedData.ContentDirectory, HaTinh2024 + ".txt")]);
        Assert.True(kb.Store.GetFacts(HaTinh2024)!.IssuedOnInferred);

        kb.CorrectMetadata(HaTinh2024, Values((MetadataFields.IssuedOn, "2024-05-10"), (MetadataFields.Signer, "Nguyễn Văn Bình")), "A", At);

        var facts = kb.Store.GetFacts(HaTinh2024)!;
        Assert.Equal(("2024-05-10", false, "Nguyễn Văn Bình"), (facts.IssuedOn, facts.IssuedOnInferred, facts.Signer?.Name));
    }

    public void Dispose() => _dir.Dispose();

    private static Dictionary<string, string?> Values(params (string Field, string? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
}
