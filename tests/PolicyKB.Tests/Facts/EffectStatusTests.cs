using System.Text;
using PolicyKB.Facts;
using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>The effect status of a cited document is computed from what the stored documents state, never guessed.</summary>
public sealed class EffectStatusTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly LiteDbDocumentStore _store;

    public EffectStatusTests()
    {
        _store = new LiteDbDocumentStore(_temp.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(_store);
        Ingest(pipeline, "nq-63.txt", """
            HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI
            Số: 63/2025/NQ-HĐND
            Hà Nội, ngày 27 tháng 11 năm 2025
            NGHỊ QUYẾT
            Quy định mức chuẩn trợ giúp xã hội
            Điều 1. Mức chuẩn trợ giúp xã hội là 650.000 đồng.
            Điều 2. Điều khoản thi hành
            1. Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026, thay thế Nghị quyết số 09/2021/NQ-HĐND ngày 23 tháng 9 năm 2021 của Hội đồng nhân dân Thành phố.
            2. Bãi bỏ Điều 3 của Nghị quyết số 03/2017/NQ-HĐND ngày 12 tháng 7 năm 2017 của Hội đồng nhân dân Thành phố kể từ ngày Nghị quyết này có hiệu lực.
            """);
        Ingest(pipeline, "nq-09.txt", """
            HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI
            Số: 09/2021/NQ-HĐND
            Hà Nội, ngày 23 tháng 9 năm 2021
            NGHỊ QUYẾT
            Quy định mức chuẩn trợ giúp xã hội
            Điều 1. Nghị quyết này có hiệu lực kể từ ngày ký.
            """);
    }

    [Fact]
    public void A_replaced_document_is_replaced_by_the_later_one_from_its_date()
    {
        var status = new EffectStatusService(_store, new FixedClock(Today)).Get("09/2021/NQ-HĐND");

        Assert.Equal(EffectStatuses.Replaced, status.Status);
        Assert.Equal("nq-09", status.DocumentId);
        var change = Assert.Single(status.By);
        Assert.Equal(("63/2025/NQ-HĐND", "2026-01-01"), (change.Key, change.EffectiveOn));
        Assert.Contains("thay thế bởi 63/2025/NQ-HĐND", status.Label);
    }

    [Fact]
    public void A_document_repealed_in_part_is_partly_amended()
    {
        Assert.Equal(EffectStatuses.Amended, new EffectStatusService(_store, new FixedClock(Today)).Get("03/2017/NQ-HĐND").Status);
    }

    [Fact]
    public void A_replacement_not_yet_in_effect_leaves_the_document_in_force()
    {
        var status = new EffectStatusService(_store, new FixedClock(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero))).Get("09/2021/NQ-HĐND");

        Assert.Equal(EffectStatuses.InForce, status.Status);
        Assert.Single(status.By);
    }

    [Fact]
    public void What_the_store_knows_nothing_about_is_unknown()
    {
        var status = new EffectStatusService(_store, new FixedClock(Today)).Get("281/QĐ-TTg");

        Assert.Equal(EffectStatuses.Unknown, status.Status);
        Assert.Equal("Chưa rõ", status.Label);
        Assert.Empty(status.By);
    }

    private void Ingest(IngestionPipeline pipeline, string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, text, Encoding.UTF8);
        Assert.Equal(IngestionStatus.Stored, pipeline.Ingest(path).Status);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
