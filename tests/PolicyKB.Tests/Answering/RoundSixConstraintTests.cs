using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Issue #11 round 6: the document's own number typed without diacritics is no fact the answer must repeat, and a
/// committee's member list answers who holds a position with the office that holds it.
/// </summary>
public sealed class RoundSixConstraintTests
{
    [Theory]
    [InlineData("Bo Chinh tri hop ngay nao de ra ket luan 221?")]
    [InlineData("Kết luận 221 ưu tiên rà soát văn bản pháp luật trong những lĩnh vực nào?")]
    [InlineData("nghi quyet 25/2026 co hieu luc tu ngay nao")]
    [InlineData("Công văn 5489 gửi cho đơn vị nào?")]
    [InlineData("Theo TB 659, các bộ gửi các báo cáo về Bộ Tư pháp trước ngày nào?")]
    [InlineData("Vướng mắc khi thực hiện CĐ 230 thì phản ánh về đâu?")]
    public void The_documents_own_number_is_not_a_number_the_answer_must_hold(string question) =>
        Assert.Empty(SentenceScorer.RequiredNumbers(question));

    [Fact]
    public void Another_number_the_question_names_is_still_required() =>
        Assert.Equal(["85"], SentenceScorer.RequiredNumbers("ket luan 221 noi gi ve nguoi tu 85 tuoi"));

    [Fact]
    public void A_member_list_item_naming_an_office_answers_who_holds_the_position_asked() =>
        Assert.True(AnswerConstraints.NamesPersonAsked("Phó trưởng ban thường trực ban chỉ đạo cải cách tiền lương là ai?",
            "Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;"));

    [Theory]
    [InlineData("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân thành phố.")]
    [InlineData("Giám đốc Trung tâm Phục vụ hành chính công có trách nhiệm báo cáo Chủ tịch Ủy ban nhân dân thành phố.")]
    public void A_sentence_naming_another_office_does_not_say_who_holds_the_position_asked(string sentence) =>
        Assert.False(AnswerConstraints.NamesPersonAsked("Giám đốc Trung tâm Phục vụ hành chính công Cần Thơ hiện nay là ai?", sentence));
}
