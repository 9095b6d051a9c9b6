using PolicyKB.Metadata;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Metadata;

/// <summary>Regions of corpus documents: decisions that issue a plan or a regulation carry it as an attachment.</summary>
public sealed class CorpusLayoutTests
{
    [Theory]
    [InlineData("017_qd-2954-ubnd-sonla-ke-hoach-xuat-khau-2026-2030.txt", "Kế hoạch", "Xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030")]
    [InlineData("018_qd-4385-bvhttdl-ke-hoach-quy-hoach-co-so-van-hoa.txt", "Kế hoạch", "Thực hiện Quy hoạch mạng lưới cơ sở văn hóa và thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045")]
    [InlineData("019_qd-39-2025-ubnd-quangtri-chi-cuc-kiem-lam.txt", "Quy định", "Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Trị")]
    public void Decision_then_trailer_then_the_attached_document(string file, string type, string title)
    {
        var corpus = SharedData.CorpusDirectory;
        if (corpus is null) return;
        var lines = TestLines.FromFile(Path.Combine(corpus, file));
        var layout = new LayoutAnalyzer().Analyze(lines);

        var kinds = layout.Regions.Select(r => r.Kind).Take(5).ToArray();
        Assert.Equal([LayoutRegionKind.Header, LayoutRegionKind.Body, LayoutRegionKind.Trailer, LayoutRegionKind.AttachmentHeader, LayoutRegionKind.Body], kinds);
        var attachment = layout.Regions[3];
        Assert.Equal(type, attachment.Type);
        Assert.Equal(title, attachment.Title);
        Assert.Equal("Quyết định", layout.Metadata.Type);
        Assert.StartsWith("Căn cứ", lines[layout.Regions[1].Start].Text.Trim());
        Assert.Matches(@"^(I\.|Điều 1\.|Triển khai)", lines[layout.Regions[4].Start].Text.Trim());
        SeedLayoutTests.AssertCovers(layout.Regions, lines.Count);
    }

    [Fact]
    public void Appendix_after_the_trailer_is_a_body_opening_with_its_heading()
    {
        var corpus = SharedData.CorpusDirectory;
        if (corpus is null) return;
        var lines = TestLines.FromFile(Path.Combine(corpus, "010_kh-144-ubnd-bacninh-kinh-te-so-2026-2030.txt"));
        var layout = new LayoutAnalyzer().Analyze(lines);

        Assert.Equal([LayoutRegionKind.Header, LayoutRegionKind.Body, LayoutRegionKind.Trailer, LayoutRegionKind.Body], layout.Regions.Select(r => r.Kind));
        Assert.Equal("Phụ lục", layout.Regions[3].Type);
        Assert.StartsWith("PHỤ LỤC", lines[layout.Regions[3].Start].Text.Trim());
    }

    [Fact]
    public void Every_corpus_document_is_covered_by_regions_in_order()
    {
        var corpus = SharedData.CorpusDirectory;
        if (corpus is null) return;
        foreach (var file in Directory.GetFiles(corpus, "0*.txt"))
        {
            var lines = TestLines.FromFile(file);
            var layout = new LayoutAnalyzer().Analyze(lines);
            SeedLayoutTests.AssertCovers(layout.Regions, lines.Count);
            Assert.Equal(LayoutRegionKind.Header, layout.Regions[0].Kind);
            Assert.Contains(layout.Regions, r => r.Kind == LayoutRegionKind.Body);
        }
    }
}
