using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>Questions the documents do not answer get the refusal and the closest clauses, never a guess.</summary>
public sealed class RefusalTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    [Theory]
    [InlineData("Mức lương cơ sở năm 2021 là bao nhiêu?")]
    [InlineData("Số ca mắc Covid-19 của Thanh Hóa năm 2021 là bao nhiêu?")]
    [InlineData("Kinh phí thực hiện kế hoạch y tế cơ sở của Hà Tĩnh là bao nhiêu tỷ đồng?")]
    public void A_subject_the_documents_never_state_is_refused(string question)
    {
        var result = kb.Ask(question);

        Assert.True(result.Refused);
        Assert.StartsWith(AnswerResult.NotFound, result.Answer);
        Assert.Empty(result.Citations);
    }

    [Fact]
    public void A_province_without_documents_is_refused_even_when_another_province_has_the_figure()
    {
        var result = kb.Ask("Nghệ An đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân năm 2021?");

        Assert.True(result.Refused);
        Assert.Contains("không thuộc địa phương được hỏi", result.Answer);
        Assert.DoesNotContain("11,5", result.Answer.Split("Các điều khoản gần nhất")[0]);
    }

    [Fact]
    public void A_year_the_plan_does_not_cover_is_refused()
    {
        var result = kb.Ask("Năm 2025 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?");

        Assert.True(result.Refused);
    }

    [Fact]
    public void A_question_about_nothing_in_the_documents_is_refused_without_unrelated_closest_clauses()
    {
        var result = kb.Ask("Công thức nấu phở bò gồm những gì?");

        Assert.True(result.Refused);
        Assert.Empty(result.Closest);
        Assert.DoesNotContain("Các điều khoản gần nhất", result.Answer);
    }

    [Fact]
    public void A_province_whose_plan_lacks_the_figure_is_refused_with_its_closest_clauses()
    {
        var result = kb.Ask("Hà Giang đặt chỉ tiêu bao nhiêu giường bệnh trên vạn dân năm 2021?");

        Assert.True(result.Refused);
        Assert.Contains("Các điều khoản gần nhất", result.Answer);
        Assert.NotEmpty(result.Closest);
        Assert.All(result.Closest, c => Assert.Equal("ha-giang-2021-ky-niem-ngay-thay-thuoc", c.DocumentId));
    }

    [Fact]
    public void A_document_number_unknown_to_the_knowledge_base_is_refused()
    {
        var result = kb.Ask("Văn bản nào thực hiện Chỉ thị 99-CT/TW?");

        Assert.True(result.Refused);
        Assert.Contains("99-CT/TW", result.Answer);
    }
}
