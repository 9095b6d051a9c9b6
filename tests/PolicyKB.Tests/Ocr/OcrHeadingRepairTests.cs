using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Text;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// The OCR heading repair: a misread label at the start of a heading becomes the label the numbering in progress
/// expects, on OCR'd pages only. Each case is the text as Tesseract gave it → as printed.
/// </summary>
public sealed class OcrHeadingRepairTests
{
    [Theory]
    [InlineData("IN. NỘI DUNG THI ĐUA.", "III. NỘI DUNG THI ĐUA.")]
    [InlineData("ITI. NOI DUNG THI DUA.", "III. NOI DUNG THI DUA.")]
    [InlineData("Il. NỘI DUNG THI ĐUA", "III. NỘI DUNG THI ĐUA")]
    [InlineData("III. NỘI DUNG THI ĐUA", "III. NỘI DUNG THI ĐUA")]
    public void A_misread_section_number_in_a_capitals_heading_becomes_the_next_section(string read, string printed)
    {
        Assert.Equal(printed, Repaired(["I. MỤC ĐÍCH", "Nội dung.", "II. YÊU CẦU", "Nội dung.", read])[^1]);
    }

    [Fact]
    public void A_section_number_read_again_with_a_stroke_lost_is_the_next_section_when_the_one_after_follows()
    {
        Assert.Equal("III. NHIỆM VỤ, GIẢI PHÁP", Repaired(["I. A", "II. MỤC TIÊU", "Nội dung.", "II. NHIỆM VỤ, GIẢI PHÁP", "IV. TỔ CHỨC"])[^2]);
    }

    [Fact]
    public void A_section_number_the_document_itself_repeats_is_kept()
    {
        Assert.Equal("II. NHIỆM VỤ, GIẢI PHÁP", Repaired(["I. A", "II. MỤC TIÊU", "Nội dung.", "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC"])[^2]);
    }

    [Fact]
    public void A_section_number_whose_period_was_read_as_a_comma_gets_its_period()
    {
        Assert.Equal("I. MỤC ĐÍCH, YÊU CẦU", Repaired(["I, MỤC ĐÍCH, YÊU CẦU"])[0]);
    }

    [Fact]
    public void A_section_number_read_in_lower_case_before_a_capitals_heading_is_the_next_section()
    {
        Assert.Equal("V. TỔ CHỨC THỰC HIỆN", Repaired(["III. A", "IV. KINH PHÍ: ngân sách.", "v. TỔ CHỨC THỰC HIỆN"])[^1]);
    }

    [Fact]
    public void The_fourth_section_read_with_a_one_is_section_four()
    {
        Assert.Equal("IV. CÁC GIẢI PHÁP", Repaired(["II. A", "III. B", "1V. CÁC GIẢI PHÁP"])[^1]);
    }

    [Fact]
    public void An_item_number_read_as_a_letter_l_is_the_next_item()
    {
        Assert.Equal(["I. MỤC ĐÍCH", "1. Tăng cường truyền thông.", "2. Đẩy mạnh công tác."],
            Repaired(["I. MỤC ĐÍCH", "l. Tăng cường truyền thông.", "2. Đẩy mạnh công tác."]));
    }

    [Fact]
    public void A_point_letter_read_with_a_tone_mark_is_the_next_point()
    {
        Assert.Equal("b) Tổ chức thực hiện.", Repaired(["1. Nội dung:", "a) Tuyên truyền.", "ḅ) Tổ chức thực hiện."])[^1]);
    }

    [Fact]
    public void An_item_that_lost_its_period_gets_it_back_when_it_opens_a_paragraph()
    {
        Assert.Equal("2. Đẩy mạnh công tác.", Repaired(["1. Tăng cường truyền thông.", "2 Đẩy mạnh công tác."])[^1]);
    }

    [Fact]
    public void A_number_inside_a_wrapped_sentence_is_left_alone()
    {
        Assert.Equal("2 Trạm Y tế được nâng cấp.", Repaired(["1. Trong năm có", "2 Trạm Y tế được nâng cấp."])[^1]);
    }

    [Theory]
    [InlineData("Y TẾ XÃ HỘI")]
    [InlineData("UBND TỈNH HÀ TĨNH")]
    [InlineData("IN. NỘI DUNG")]
    [InlineData("II. NỘI DUNG")]
    public void Lines_that_are_no_misread_label_of_the_next_section_are_left_alone(string line)
    {
        Assert.Equal(line, Repaired(["III. A", "IV. B", line])[^1]);
    }

    [Theory]
    [InlineData("Diều 5. Phạm vi điều chỉnh", "Điều 5. Phạm vi điều chỉnh")]
    [InlineData("Điểu 12. Hiệu lực thi hành", "Điều 12. Hiệu lực thi hành")]
    [InlineData("CHUONG II QUY ĐỊNH CHUNG", "CHƯƠNG II QUY ĐỊNH CHUNG")]
    [InlineData("Chuong III", "Chương III")]
    [InlineData("Mức 1: hỗ trợ 500.000 đồng", "Mức 1: hỗ trợ 500.000 đồng")]
    [InlineData("dieu 5 của Luật này", "dieu 5 của Luật này")]
    public void A_division_word_whose_marks_were_misread_is_respelled_and_a_common_word_is_not(string read, string printed)
    {
        Assert.Equal(printed, Repaired(["Căn cứ Luật Tổ chức chính quyền địa phương;", read])[^1]);
    }

    [Fact]
    public void Born_digital_text_is_never_touched()
    {
        var lines = new[] { "I. MỤC ĐÍCH", "II. YÊU CẦU", "IN. NỘI DUNG THI ĐUA" }.Select((t, i) => new SourceLine(i + 1, t) { Page = 1 }).ToList();

        var repaired = new TextRepairer([new OcrHeadingRepairStep()]).Repair(new DecodedText("pdf", lines));

        Assert.Equal("IN. NỘI DUNG THI ĐUA", repaired.Lines[^1].Text);
    }

    [Fact]
    public void The_glyph_distance_makes_stroke_confusions_cheap_and_other_edits_dear()
    {
        Assert.Equal(GlyphDistance.ShapeCost, GlyphDistance.Between("IN", "III"), 3);
        Assert.True(GlyphDistance.Between("IV", "III") >= 1);
        Assert.Equal(0, GlyphDistance.Between("V", "V"), 3);
    }

    private static string[] Repaired(string[] lines)
    {
        var source = lines.Select((t, i) => new SourceLine(i + 1, t) { Page = 1 }).ToList();
        var decoded = new DecodedText("pdf+ocr", source) { Ocr = new OcrRecord { Pages = [1], PageCount = 1 } };
        return new TextRepairer([new OcrHeadingRepairStep()]).Repair(decoded).Lines.Select(l => l.Text).ToArray();
    }
}
