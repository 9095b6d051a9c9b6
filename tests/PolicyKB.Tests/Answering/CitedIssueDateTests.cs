using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The date after a cited document's number dates that document: no answer to "khi nào" about anything else, but the
/// answer when the question asks when that document was issued (issue #11 round 17, refusals of the right clause).
/// </summary>
public sealed class CitedIssueDateTests
{
    private const string Report = "Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội về dự án đường bộ, Phó Thủ tướng có ý kiến như sau:";

    private const string Meeting = "Ngày 20 tháng 11 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng pháp luật.";

    [Theory]
    [InlineData("Thông báo đó ra ngày nào?", Report)]
    [InlineData("NQ 66-NQ/TW của Bộ Chính trị ban hành ngày nào?", Meeting)]
    public void A_question_asking_when_the_cited_document_was_issued_is_answered_by_its_cited_date(string question, string sentence)
    {
        Assert.True(CitedIssueDate.Stated(question, sentence));
        Assert.True(TypedSpans.HoldsDateAsked(question, sentence));
        Assert.Null(AskedSlot.MissingIn(question, sentence, ""));
        Assert.False(ReportedEventDate.AnswersNothing(question, sentence));
    }

    private const string Letter = "Xét báo cáo và đề xuất của Ủy ban nhân dân tỉnh (văn bản số 84/BC-UBND ngày 19 tháng 11 năm 2025) về tình hình cung ứng vật liệu, Phó Thủ tướng có ý kiến như sau:";

    /// <summary>
    /// A report cited as "văn bản số 84/BC-UBND" is named a báo cáo by its number's type code, and "gửi báo cáo … ngày
    /// nào" asks the day it was sent, its date (issue #11, chat23a).
    /// </summary>
    [Fact]
    public void A_report_cited_by_its_number_is_dated_by_its_cited_date_when_its_sending_is_asked()
    {
        Assert.True(CitedIssueDate.Stated("Tỉnh gửi báo cáo về tình hình cung ứng vật liệu ngày nào?", Letter));
        Assert.True(TypedSpans.HoldsDateAsked("Tỉnh gửi báo cáo về tình hình cung ứng vật liệu ngày nào?", Letter));
        // A tờ trình is not asked: the code BC names another kind.
        Assert.False(CitedIssueDate.Stated("Tỉnh gửi tờ trình về tình hình cung ứng vật liệu ngày nào?", Letter));
    }

    [Theory]
    // Another kind of document than the one asked: its date dates something else.
    [InlineData("Chỉ thị đó ban hành ngày nào?")]
    // Not the issue asked: when the project must be finished.
    [InlineData("Dự án đường bộ phải hoàn thành vào ngày nào?")]
    public void A_cited_date_answers_no_question_about_another_document_or_another_event(string question)
    {
        Assert.False(CitedIssueDate.Stated(question, Report));
        Assert.False(TypedSpans.HoldsDateAsked(question, Report));
    }

    [Fact]
    public void A_meeting_citing_another_number_than_the_one_asked_still_dates_only_the_meeting()
    {
        Assert.False(CitedIssueDate.Stated("NQ 57-NQ/TW ban hành ngày nào?", Meeting));
        Assert.True(ReportedEventDate.AnswersNothing("NQ 57-NQ/TW ban hành ngày nào?", Meeting));
    }
}
