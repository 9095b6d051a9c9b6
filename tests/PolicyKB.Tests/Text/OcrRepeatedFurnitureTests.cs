using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>Headers, footers and stamps a scanner copies onto every page are blanked on OCR'd pages; body text is kept.</summary>
public sealed class OcrRepeatedFurnitureTests
{
    private static readonly string[][] Pages =
    [
        ["UBND TỈNH HÀ GIANG  Kế hoạch số 36/KH-UBND", "KẾ HOẠCH", "Triển khai công tác y tế cơ sở năm 2025", "I. MỤC ĐÍCH", "1. Nâng cao chất lượng khám chữa bệnh.", "BẢN SAO", "Trang 1/4"],
        ["UBND TỈNH HÀ GIANG  Kế hoạch số 36/KH-UBND", "2. Củng cố mạng lưới y tế thôn bản.", "II. NHIỆM VỤ", "1. Sở Y tế chủ trì triển khai.", "BẢN SAO", "2. Các huyện bố trí kinh phí.", "Trang 2/4"],
        ["UBND TỈNH HÀ GIANG Kế hoạch số 36/KH-UBND", "3. Trung tâm y tế huyện hướng dẫn chuyên môn.", "III. TỔ CHỨC THỰC HIỆN", "BẢN SAO", "Các đơn vị báo cáo kết quả.", "Trang 3 / 4"],
        ["UBND TỈNH HÀ GIANG  Kế hoạch số 36/KH-UBND", "Nơi nhận:", "- Như trên;", "BẢN SAO", "KT. CHỦ TỊCH", "Trang 4/4"],
    ];

    [Fact]
    public void A_running_header_a_page_footer_and_a_stamp_on_every_ocrd_page_are_blanked_and_the_body_is_kept()
    {
        var lines = Repair(ocrPages: [1, 2, 3, 4]);

        Assert.DoesNotContain(lines, l => l.Contains("Kế hoạch số 36/KH-UBND", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Trang ", StringComparison.Ordinal) || l == "BẢN SAO");
        Assert.Equal(Pages.SelectMany(p => p).Count(l => !l.StartsWith("UBND", StringComparison.Ordinal) && !l.StartsWith("Trang", StringComparison.Ordinal) && l != "BẢN SAO"),
            lines.Count(l => l.Length > 0));
        Assert.Contains("KẾ HOẠCH", lines);
    }

    [Fact]
    public void Born_digital_pages_and_documents_with_too_few_ocrd_pages_keep_their_furniture_to_the_other_steps()
    {
        Assert.Contains("BẢN SAO", Repair(ocrPages: []));
        Assert.Contains("BẢN SAO", Repair(ocrPages: [1, 2]));
    }

    private static List<string> Repair(int[] ocrPages)
    {
        var number = 0;
        var lines = Pages.SelectMany((page, p) => page.Select(text => new SourceLine(++number, text) { Page = p + 1 })).ToList();
        var decoded = new DecodedText(ocrPages.Length > 0 ? "pdf+ocr" : "pdf", lines)
        {
            Ocr = ocrPages.Length > 0 ? new OcrRecord { Pages = [.. ocrPages], PageCount = 4 } : null,
        };
        return TextRepairer.CreateDefault().Repair(decoded).Lines.Select(l => l.Text).ToList();
    }
}
