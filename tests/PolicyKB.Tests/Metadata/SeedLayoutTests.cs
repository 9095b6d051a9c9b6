using PolicyKB.Metadata;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// The five seed plans (content/): extracted text without letterheads, so the issuer comes from what the
/// body and signature say; the body starts at the first preamble line after the title.
/// </summary>
public sealed class SeedLayoutTests
{
    public static TheoryData<string, string, string?, string, string> Seeds => new()
    {
        // file, issuer, number, date, start of the first body line
        { "ha-giang-2021-ky-niem-ngay-thay-thuoc.md", "Sở Y tế tỉnh Hà Giang", "36/KH-SYT", "2021-01-29", "Căn cứ Nghị định số 111/2018/NĐ-CP" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", "Sở Y tế tỉnh Hà Tĩnh", null, "2021-01-29", "Thực hiện Kế hoạch số 15/KH-UBND" },
        { "ha-tinh-2024-cung-co-y-te-co-so.txt", "UBND tỉnh Hà Tĩnh", null, "", "Thực hiện Quyết định số 281/QĐ-TTg" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", "UBND huyện Sơn Dương", null, "", "Căn cứ Quyết định số 656/QĐ-UBND" },
        { "thanh-hoa-2021-ke-hoach-hanh-dong-y-te.md", "Sở Y tế tỉnh Thanh Hóa", null, "2021-01", "Năm 2021 là năm có vai trò đặc biệt quan trọng" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_metadata_and_body_start(string file, string issuer, string? number, string date, string bodyStart)
    {
        var lines = TestLines.FromFile(Path.Combine(SharedData.ContentDirectory, file));
        var layout = new LayoutAnalyzer().Analyze(lines);

        Assert.Equal("Kế hoạch", layout.Metadata.Type);
        Assert.Equal(issuer, layout.Metadata.Issuer);
        Assert.Equal(number, layout.Metadata.Number);
        Assert.Equal(date, layout.Metadata.IssuedOn?.ToString() ?? "");
        Assert.Equal(LayoutRegionKind.Header, layout.Regions[0].Kind);
        var body = layout.Regions[1];
        Assert.Equal(LayoutRegionKind.Body, body.Kind);
        Assert.StartsWith(bodyStart, lines[body.Start].Text.Trim());
        AssertCovers(layout.Regions, lines.Count);
    }

    [Fact]
    public void Seed_titles_signers_and_trailers()
    {
        var expected = new (string File, string Title, string? Signer, string? Position, int Recipients)[]
        {
            ("ha-giang-2021-ky-niem-ngay-thay-thuoc.md", "Tổ chức các hoạt động kỷ niệm 66 năm ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2021)", "Lương Viết Thuận", "GIÁM ĐỐC", 8),
            ("ha-tinh-2021-thi-dua-nganh-y-te.txt", "Thực hiện các phong trào thi đua yêu nước ngành Y tế Hà Tĩnh năm 2021", "Nguyễn Tuấn", "Q. GIÁM ĐỐC", 5),
            ("ha-tinh-2024-cung-co-y-te-co-so.txt", "Tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở trong tình hình mới", null, null, 0),
            ("son-duong-2021-cong-tac-y-te-huyen.txt", "Thực hiện công tác y tế huyện Sơn Dương năm 2021", "Phạm Thị Nhị Bình", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", 7),
            ("thanh-hoa-2021-ke-hoach-hanh-dong-y-te.md", "Hành động thực hiện Quyết định số 01/QĐ-UBND ngày 01/01/2021 của Ủy ban nhân dân tỉnh Thanh Hóa", "Trịnh Hữu Hùng", "GIÁM ĐỐC", 7),
        };
        foreach (var e in expected)
        {
            var layout = new LayoutAnalyzer().Analyze(TestLines.FromFile(Path.Combine(SharedData.ContentDirectory, e.File)));
            Assert.Equal(e.Title, layout.Metadata.Title);
            Assert.Equal(e.Signer, layout.Metadata.Signer);
            Assert.Equal(e.Position, layout.Metadata.SignerPosition);
            Assert.Equal(e.Recipients, layout.Metadata.Recipients.Count);
            Assert.Equal(e.Signer is null ? 0 : 1, layout.Regions.Count(r => r.Kind == LayoutRegionKind.Trailer));
        }
    }

    [Fact]
    public void Legal_basis_of_hard_wrapped_double_spaced_text_is_one_entry_per_sentence()
    {
        var layout = new LayoutAnalyzer().Analyze(TestLines.FromFile(Path.Combine(SharedData.ContentDirectory, "ha-tinh-2021-thi-dua-nganh-y-te.txt")));

        var basis = Assert.Single(layout.Metadata.LegalBasis);
        Assert.Equal("Thực hiện Kế hoạch số 15/KH-UBND ngày 19/01/2021 của UBND tỉnh Hà Tĩnh về tổ chức phong trào thi đua "
            + "thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2021", basis);
    }

    [Fact]
    public void Legal_basis_stops_before_the_enacting_phrase()
    {
        var layout = new LayoutAnalyzer().Analyze(TestLines.FromFile(Path.Combine(SharedData.ContentDirectory, "son-duong-2021-cong-tac-y-te-huyen.txt")));

        Assert.Equal(2, layout.Metadata.LegalBasis.Count);
        Assert.StartsWith("Căn cứ Quyết định số 656/QĐ-UBND ngày 16/12/2020 của Ủy ban nhân dân tỉnh Tuyên Quang", layout.Metadata.LegalBasis[0]);
        Assert.EndsWith("dự phòng ngân sách nhà nước năm 2021", layout.Metadata.LegalBasis[1]);
    }

    internal static void AssertCovers(IReadOnlyList<LayoutRegion> regions, int count)
    {
        Assert.Equal(0, regions[0].Start);
        for (var i = 1; i < regions.Count; i++) Assert.Equal(regions[i - 1].End, regions[i].Start);
        Assert.Equal(count, regions[^1].End);
        Assert.All(regions, r => Assert.True(r.Length > 0));
    }
}
