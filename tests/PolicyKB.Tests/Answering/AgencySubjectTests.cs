using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The agency that does the asked action is written right before it (issue #11, chat26c: tuning halves, "Cơ quan nào
/// tổng hợp chung báo cáo …" answered by a sentence that only reported to the agency, the one naming it as the doer
/// ranked second).
/// </summary>
public sealed class AgencySubjectTests
{
    [Theory]
    [InlineData("Cơ quan nào tổng hợp chung báo cáo giám sát của thành phố?", "tong hop")]
    [InlineData("Ai được giao triển khai thực hiện Nghị quyết?", "trien khai")]
    [InlineData("Sở nào chủ trì xây dựng kế hoạch?", "chu tri")]
    [InlineData("Quyết định do ai ký?", "ki")]
    [InlineData("Kế hoạch này do cơ quan nào?", "")]
    [InlineData("Mức hỗ trợ là bao nhiêu?", "")]
    public void The_action_is_the_verb_after_the_asked_doer(string question, string action) =>
        Assert.Equal(action, string.Join(' ', AgencySubject.Action(question)));

    [Theory]
    [InlineData("Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu theo quy định.", true)]
    [InlineData("Giao Ủy ban nhân dân thành phố tổng hợp kết quả thực hiện.", true)]
    [InlineData("Tổng hợp chung các mẫu biểu để báo cáo Sở Nông nghiệp và Môi trường.", false)]
    [InlineData("Các địa phương tổng hợp chung kết quả.", false)]
    public void The_doer_is_an_agency_written_before_the_action(string sentence, bool does) =>
        Assert.Equal(does, AgencySubject.Does(AgencySubject.Action("Cơ quan nào tổng hợp chung báo cáo?"), sentence));

    [Theory]
    [InlineData("3. Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu chịu trách nhiệm triển khai, thực hiện Kế hoạch này.", true)]
    [InlineData("Tham mưu Ủy ban nhân dân Thành phố theo dõi, đôn đốc các sở, ban, ngành và Ủy ban nhân dân phường, xã triển khai thực hiện nhiệm vụ.", false)]
    public void An_agency_the_doer_reports_to_or_urges_is_not_the_doer(string sentence, bool does) =>
        Assert.Equal(does, AgencySubject.Does(AgencySubject.Action("Ai chịu trách nhiệm triển khai Kế hoạch?"), sentence));

    [Fact]
    public void A_council_written_out_does_what_it_is_given() =>
        Assert.True(AgencySubject.Does(AgencySubject.Action("Ai giám sát việc thực hiện nghị quyết?"),
            "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và các đại biểu Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết."));
}
