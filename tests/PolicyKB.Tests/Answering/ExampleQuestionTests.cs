using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>The four questions of the issue, answered offline with the right clauses cited.</summary>
public sealed class ExampleQuestionTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    [Fact]
    public void Plans_implementing_a_directive_come_from_the_citation_graph()
    {
        var result = kb.Ask("Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?");

        Assert.Equal(AnswerModes.Graph, result.Mode);
        Assert.False(result.Refused);
        var citation = Assert.Single(result.Citations);
        Assert.Equal("ha-tinh-2024-cung-co-y-te-co-so/preamble", citation.ClauseId);
        Assert.Contains("1 kế hoạch thực hiện Chỉ thị số 25-CT/TW", result.Answer);
        Assert.Contains("UBND tỉnh Hà Tĩnh", result.Answer);
        Assert.Contains("[1]", result.Answer);
        Assert.True(result.Verification.Passed);
    }

    [Fact]
    public void A_target_is_quoted_from_the_plan_of_the_province_and_year_asked()
    {
        var result = kb.Ask("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?");

        Assert.Equal(AnswerModes.Extractive, result.Mode);
        Assert.Equal("thanh-hoa-2021-ke-hoach-hanh-dong-y-te/II.3.-2", result.Citations[0].ClauseId);
        Assert.StartsWith("Trích từ văn bản:", result.Answer);
        Assert.Contains("«Số bác sỹ/vạn dân: 11,5 người.» [1]", result.Answer);
        Assert.Contains("Một số chỉ tiêu cơ bản năm 2021", result.Answer);
        Assert.True(result.Verification.Passed);
    }

    [Fact]
    public void The_agriculture_department_is_told_apart_from_the_trade_department_by_the_field_asked()
    {
        var result = kb.Ask("Sở nào chủ trì thực hiện chính sách an toàn thực phẩm thuộc lĩnh vực nông nghiệp trong kế hoạch y tế cơ sở của Hà Tĩnh?");

        var citation = Assert.Single(result.Citations);
        Assert.Equal("ha-tinh-2024-cung-co-y-te-co-so/V.2.7", citation.ClauseId);
        Assert.Contains("Sở Nông nghiệp và Phát triển nông thôn: Chủ trì", result.Answer);
        Assert.DoesNotContain("Công Thương", result.Answer);
    }

    [Fact]
    public void A_district_target_is_quoted_with_its_breakdown()
    {
        var result = kb.Ask("Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?");

        Assert.Equal("son-duong-2021-cong-tac-y-te-huyen/I.2.-3", result.Citations[0].ClauseId);
        Assert.Contains("«Tổng số giường bệnh trong huyện 420 giường; Trong đó: Giường bệnh viện: 280 giường; Giường trạm Y tế: 140 giường bệnh.» [1]", result.Answer);
        Assert.Contains("Được giao tại Quyết định số 656/QĐ-UBND", result.Answer);
        Assert.True(result.Verification.Passed);
    }

    [Fact]
    public void Every_citation_carries_what_a_source_card_needs()
    {
        var result = kb.Ask("Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?");

        var citation = result.Citations[0];
        Assert.Equal(1, citation.N);
        Assert.Equal("son-duong-2021-cong-tac-y-te-huyen", citation.DocumentId);
        Assert.Equal("I.2.-3", citation.Label);
        Assert.Equal("Kế hoạch (không số) của UBND huyện Sơn Dương", citation.Source);
        Assert.StartsWith("- Tổng số giường bệnh", citation.Text);
        Assert.StartsWith("mục I.2", citation.Section);
    }
}
