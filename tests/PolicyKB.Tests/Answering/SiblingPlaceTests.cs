using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A table's row about another ward or commune, or dated only by its column titles, does not answer (issue #11, tables
/// whose stacked header names every column with the question's words).
/// </summary>
public sealed class SiblingPlaceTests
{
    [Fact]
    public void A_row_naming_another_ward_does_not_answer_a_question_about_one_ward()
    {
        var row = "Địa phương: Phường Bắc; Tỷ lệ vốn (%) – Tỉnh: 30; Tỷ lệ vốn (%) – Xã: 70; Ghi chú: áp dụng cho xã Đông";
        Assert.Equal("phường Nam", SiblingPlace.Missing("Tỷ lệ vốn của phường Nam là bao nhiêu?", row, ""));
    }

    [Theory]
    [InlineData("Địa phương: Phường Nam Sơn; Tỷ lệ vốn (%) – Tỉnh: 30", "")]
    [InlineData("Tỷ lệ vốn (%) – Tỉnh: 30; Tỷ lệ vốn (%) – Xã: 70", "")]
    [InlineData("Địa phương: Phường Bắc; Tỷ lệ vốn (%) – Tỉnh: 30", "Quyết định thành lập phường Nam Sơn")]
    [InlineData("Hợp tác xã Bắc được hỗ trợ 30%", "")]
    public void A_quote_naming_the_place_asked_or_no_place_passes(string quote, string context) =>
        Assert.Null(SiblingPlace.Missing("Tỷ lệ vốn của phường Nam Sơn là bao nhiêu?", quote, context));

    [Theory]
    [InlineData("Địa phương: Xã Bắc; Tỷ lệ vốn (%) – Tỉnh: 30")]
    [InlineData("Địa phương: Phường Bắc; Tỷ lệ vốn (%) – Tỉnh: 30")]
    public void A_row_of_another_ward_or_commune_does_not_answer(string quote) =>
        Assert.Equal("phường Nam Sơn", SiblingPlace.Missing("Tỷ lệ vốn của phường Nam Sơn là bao nhiêu?", quote, ""));

    [Fact]
    public void A_question_naming_no_ward_or_commune_is_not_read() =>
        Assert.Null(SiblingPlace.Missing("Tỷ lệ vốn của các phường là bao nhiêu?", "Địa phương: Phường Bắc; Tỷ lệ: 30", ""));

    [Fact]
    public void A_name_over_words_joined_by_a_hyphen_is_one_place() =>
        Assert.Equal([("chan may lang co", "xã Chân Mây - Lăng Cô")],
            SiblingPlace.Named("Còn xã Chân Mây - Lăng Cô thì sao?").Select(p => (p.Name, p.Typed)));

    [Fact]
    public void The_years_of_a_rows_column_titles_do_not_date_it()
    {
        const string question = "Giấy phép khai thác mỏ A hết hạn năm nào?";
        const string row = "Tên mỏ: Mỏ A; Công suất – 2021 - 2030 – Quặng: 3.500; Ghi chú: theo giấy phép số 17/GP-BTNMT ngày 21/9/2010";
        Assert.Null(AskedSlot.MissingIn(question, row, ""));
        Assert.NotNull(AskedSlot.MissingIn(question, row, "", row: true));
        Assert.Null(AskedSlot.MissingIn(question, "Tên mỏ: Mỏ A; Thời hạn giấy phép: đến năm 2030", "", row: true));
    }

    [Fact]
    public void A_rows_cells_are_read_without_their_column_titles() =>
        Assert.Equal("Mỏ A 3.500 xong: 2025", TableRows.Cells("Tên mỏ: Mỏ A; Công suất – 2021 - 2030: 3.500; Ghi chú: xong: 2025"));
}
