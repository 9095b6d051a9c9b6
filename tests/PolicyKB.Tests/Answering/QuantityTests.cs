using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// What counts as a quantity when a question asks "bao nhiêu": a number stating an amount, a rate or a share; not a
/// reference to a part of a text ("khoản 6 Điều 38", "Bảng 1"), a date or a số hiệu.
/// </summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData("Cấp, thu hồi Giấy chứng nhận quy định tại khoản 6 Điều 38 Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ.")]
    [InlineData("Mức điều chỉnh của năm tương ứng được thực hiện theo Bảng 1 dưới đây:")]
    [InlineData("Theo Mẫu số 02 tại Phụ lục 3 ban hành kèm theo Thông tư này.")]
    [InlineData("Các đối tượng quy định tại điểm d khoản 1 Điều 1 của Nghị định này.")]
    public void A_reference_to_a_part_of_a_text_states_no_quantity(string sentence) =>
        Assert.False(Relevance.HasQuantity(sentence, yearsToo: true));

    [Theory]
    [InlineData("Mức cho vay tối đa là 30 triệu đồng/công trình nước sạch.")]
    [InlineData("Giảm 30% tiền thuê đất phải nộp của năm 2024 theo khoản 1 Điều 2.")]
    [InlineData("Không quá 30 ngày kể từ ngày nhận Giấy đề nghị theo Điều 4.")]
    public void A_quantity_beside_a_reference_still_counts(string sentence) =>
        Assert.True(Relevance.HasQuantity(sentence, yearsToo: true));
}
