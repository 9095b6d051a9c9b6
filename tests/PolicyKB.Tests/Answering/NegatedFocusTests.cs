using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Siblings state a case and its opposite in the same words: the sentence excepting or negating what the question asks
/// states the other case (issue #11, chat21b: tuning halves, a decree's allowance "khi làm nhiệm vụ, trừ nhiệm vụ đấu
/// tranh bảo vệ hải đảo" beside the one "khi làm nhiệm vụ đấu tranh bảo vệ hải đảo").
/// </summary>
public sealed class NegatedFocusTests
{
    private const string Island = "Khi làm nhiệm vụ đấu tranh bảo vệ hải đảo, vùng biển, mức trợ cấp ngày công lao động của dân quân là bao nhiêu?";

    [Theory]
    [InlineData(Island, "a) Khi làm nhiệm vụ, trừ nhiệm vụ đấu tranh bảo vệ hải đảo, vùng biển: Mức trợ cấp ngày công lao động bằng 0,3 lần mức lương cơ sở;")]
    [InlineData("Nếu không đủ điều kiện thì xử lý thế nào?", "a) Trường hợp đủ điều kiện thì quyết định hỗ trợ kinh phí cho doanh nghiệp trong 05 ngày làm việc;")]
    [InlineData("Thông tư áp dụng đến khi nào?", "3. Không áp dụng mức thu phí thẩm định từ ngày Thông tư này có hiệu lực đến hết ngày 30 tháng 6 năm 2026.")]
    public void A_sentence_stating_the_opposite_case_contradicts(string question, string sentence) =>
        Assert.True(NegatedFocus.Contradicts(question, sentence));

    [Theory]
    [InlineData(Island, "b) Khi làm nhiệm vụ đấu tranh bảo vệ hải đảo, vùng biển: Mức trợ cấp ngày công lao động bằng 0,5 lần mức lương cơ sở.")]
    [InlineData("Nếu không đủ điều kiện thì xử lý thế nào?", "b) Trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ lý do.")]
    [InlineData("Nghị định áp dụng đối với ai?", "Nghị định này áp dụng đối với người lao động; không áp dụng đối với người học nghề.")]
    [InlineData("Tổng số giờ làm thêm tối đa là bao nhiêu?", "Tổng số giờ làm thêm không quá 300 giờ trong 01 năm.")]
    [InlineData("Thuế được khấu trừ bao nhiêu?", "Số thuế được khấu trừ không vượt quá số thuế phải nộp.")]
    public void The_case_asked_or_a_bound_does_not(string question, string sentence) =>
        Assert.False(NegatedFocus.Contradicts(question, sentence));

    [Fact]
    public void A_clause_asserting_what_the_question_negates_opposes_it_as_a_whole()
    {
        // The clause's second sentence holds the question's words only through its first, which states the other case.
        const string question = "Trường hợp nào dùng đất quốc phòng kết hợp sản xuất mà không phải nộp tiền sử dụng đất hằng năm?";
        const string clause = "3. Sử dụng đất quốc phòng kết hợp sản xuất không thuộc trường hợp quy định tại khoản 2 Điều này thì phải nộp tiền sử dụng đất hằng năm. Tiền sử dụng đất hằng năm được xác định trên cơ sở diện tích đất.";

        Assert.True(NegatedFocus.Contradicts(question, clause));
        Assert.False(NegatedFocus.Contradicts(question, "Tiền sử dụng đất hằng năm được xác định trên cơ sở diện tích đất."));
        Assert.False(NegatedFocus.Contradicts(question, "2. Sử dụng đất quốc phòng để tăng gia sản xuất thì không phải nộp tiền sử dụng đất hằng năm."));
    }

    [Fact]
    public void Over_every_document_only_an_exception_is_read()
    {
        Assert.True(NegatedFocus.Contradicts(Island, "a) Khi làm nhiệm vụ, trừ nhiệm vụ đấu tranh bảo vệ hải đảo, vùng biển: Mức trợ cấp …", exceptionsOnly: true));
        Assert.False(NegatedFocus.Contradicts("Sơ kết việc thực hiện được tổ chức khi nào?", "Một số bộ, địa phương chưa thực hiện nghiêm các nhiệm vụ được giao.", exceptionsOnly: true));
        Assert.True(NegatedFocus.Contradicts("Sơ kết việc thực hiện được tổ chức khi nào?", "Một số bộ, địa phương chưa thực hiện nghiêm các nhiệm vụ được giao."));
    }
}
