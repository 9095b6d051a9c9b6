using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>Tone marks and "đ" restored on OCR'd pages, by the syllable model rather than word lists; other text untouched.</summary>
public sealed class OcrSyllableRepairTests
{
    [Theory]
    [InlineData("Ha Tinh, ngay 29 thang 01 nam 2021", "Hà Tĩnh, ngày 29 tháng 01 nam 2021")]
    [InlineData("KE HOACH", "KẾ HOẠCH")]
    [InlineData("phong trào thi dua và hoat động của don vị", "phong trào thi đua và hoạt động của đơn vị")]
    [InlineData("THUC HIEN CHUONG TRINH NANG CAO CHAT LUONG GIAO DUC", "THỰC HIỆN CHƯƠNG TRÌNH NÂNG CAO CHẤT LƯỢNG GIÁO DỤC")]
    public void An_ocrd_line_gets_its_lost_marks_back(string recognised, string expected)
    {
        Assert.Equal(expected, Repair(recognised, ocrPage: 1).Single());
    }

    [Theory]
    [InlineData("- Mỗi trạm y tế xã có ít nhất một bác sĩ cơ hữu.")]
    [InlineData("Thực hiện Kế hoạch số 15/KH-UBND ngày 19/01/2021 của UBND tỉnh")]
    [InlineData("Hà Tĩnh về tổ chức phong trào thi đua thực hiện nhiệm vụ")]
    public void A_correctly_recognised_line_is_left_as_it_is(string line)
    {
        Assert.Equal(line, Repair(line, ocrPage: 1).Single());
    }

    [Fact]
    public void Lines_of_pages_that_were_not_ocrd_are_never_respelled()
    {
        Assert.Equal("KE HOACH", Repair("KE HOACH", ocrPage: 2).Single());
        Assert.Equal("KE HOACH", TextRepairer.CreateDefault().Repair(new DecodedText("pdf", [new SourceLine(1, "KE HOACH") { Page = 1 }])).Lines.Single().Text);
    }

    [Fact]
    public void A_wrapped_sentence_carries_its_context_into_the_next_line()
    {
        var lines = Repair(["Ủy ban nhân dân tỉnh Hà", "Tinh về triển khai thực hiện"], ocrPage: 1);

        Assert.Equal("Tĩnh về triển khai thực hiện", lines[1]);
    }

    private static IReadOnlyList<string> Repair(string line, int ocrPage) => Repair([line], ocrPage);

    private static IReadOnlyList<string> Repair(string[] lines, int ocrPage)
    {
        var decoded = new DecodedText("pdf+ocr", lines.Select((l, i) => new SourceLine(i + 1, l) { Page = 1 }).ToList())
        {
            Ocr = new OcrRecord { Pages = [ocrPage], PageCount = 2 },
        };
        return TextRepairer.CreateDefault().Repair(decoded).Lines.Select(l => l.Text).ToList();
    }
}
