using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Answers chosen by what the question asks for, on documents written for the purpose (issue #11 round 3, causes found
/// on the dev halves of the unseen sets): a count of days needs a number of days, not the "ngày" of a date; the words
/// framing a deadline ("kéo dài đến hết ngày nào") are not subject words; "thay thế văn bản nào" is answered by the
/// document the question names making another lapse; a plan's task is matched on its own words, not its title's.
/// </summary>
public sealed class AnswerTypeTests(AnswerTypeKnowledgeBase kb) : IClassFixture<AnswerTypeKnowledgeBase>
{
    private const string Delegation = "qd-777-ubnd-uy-quyen";

    [Fact]
    public void A_count_of_days_is_refused_when_the_clause_only_dates_a_cited_decree()
    {
        var result = kb.Knowledge.Ask("Theo Quyết định 777/QĐ-UBND, thời hạn giải quyết hồ sơ cấp Giấy xác nhận tình trạng hôn nhân có yếu tố nước ngoài là bao nhiêu ngày?");

        Assert.True(result.Refused, result.Answer);
        Assert.Empty(result.Citations);
    }

    [Fact]
    public void A_rate_per_month_still_answers_a_question_asking_how_much_a_month()
    {
        var result = kb.Knowledge.Ask("Theo Thông tư 55/2026/TT-BXD, mức lương Bậc 1 của kỹ sư tư vấn giám sát không quá bao nhiêu một tháng?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("45.000.000", result.Answer);
    }

    [Fact]
    public void How_long_a_delegation_lasts_is_answered_with_its_end_date()
    {
        var result = kb.Knowledge.Ask("Thời gian ủy quyền theo Quyết định 777/QĐ-UBND của tỉnh Bình Minh kéo dài đến hết ngày nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("31/12/2027", result.Answer);
        Assert.Equal(Delegation + "/D2", result.Citations[0].ClauseId);
    }

    [Fact]
    public void The_tasks_delegated_are_listed_from_the_article_that_delegates_them()
    {
        var result = kb.Knowledge.Ask("Những nhiệm vụ nào được ủy quyền cho Giám đốc Sở Tư pháp theo Quyết định 777/QĐ-UBND?");

        Assert.False(result.Refused, result.Answer);
        Assert.Equal(Delegation + "/D1", result.Citations[0].ClauseId);
        Assert.Contains("trích lục hộ tịch", result.Answer);
    }

    [Fact]
    public void What_a_circular_replaces_is_answered_by_the_one_it_makes_lapse()
    {
        var result = kb.Knowledge.Ask("Thông tư 55/2026/TT-BXD thay thế thông tư nào?");

        Assert.False(result.Refused, result.Answer);
        Assert.Equal(AnswerModes.Facts, result.Mode);
        Assert.Contains("12/2024/TT-BXD", result.Answer);
        Assert.Equal("tt-55-2026-tt-bxd-muc-luong-ky-su/D3.2", Assert.Single(result.Citations).ClauseId);
    }

    [Fact]
    public void The_lead_of_a_task_is_the_agency_stating_it_not_one_repeating_the_plan_title()
    {
        var result = kb.Knowledge.Ask("Cơ quan nào chủ trì tham mưu, tổ chức triển khai Kế hoạch 321/KH-UBND truyền thông về phòng, chống thiên tai dựa vào cộng đồng?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Nông nghiệp và Môi trường chủ trì", result.Answer);
        Assert.Equal("kh-321-ubnd-truyen-thong-phong-chong-thien-tai/II.1.-1", Assert.Single(result.Citations).ClauseId);
    }

    [Fact]
    public void A_lead_stated_in_a_section_is_cited_there_not_from_a_sibling_section_of_another_task()
    {
        var result = kb.Knowledge.Ask("Cơ quan nào chủ trì tham mưu ban hành kế hoạch phổ biến Luật Thư viện ở tỉnh Bình Minh?");

        Assert.False(result.Refused, result.Answer);
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch", result.Answer);
        Assert.Equal("kh-88-ubnd-thi-hanh-luat-thu-vien/II.1.-2", result.Citations[0].ClauseId);
    }
}
