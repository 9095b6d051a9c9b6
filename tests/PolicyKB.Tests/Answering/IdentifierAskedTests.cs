using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Questions the dev halves of answers-unseen-18 and -19 showed misread (issue #11, session 22, chat32a): "số mấy" asks
/// an identifier whatever names it, not a count; a document's short type before its number names the document; "kế
/// hoạch 5 năm" is a length, no document; a title before "nào ký" asks the signer; a table flattened one cell per line
/// keeps each price with its row; a year the question names is what it asks about, not the date it asks.
/// </summary>
public sealed class IdentifierAskedTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Nội dung chi khác thực hiện theo quy định hiện hành của Thành phố. ", 6));

    [Theory]
    [InlineData("Kế hoạch năm 2015 triển khai chương trình phối hợp số mấy với Ủy ban Dân tộc?")]
    [InlineData("Nghị định được Cục Thuế viện dẫn trong công văn là số mấy?")]
    [InlineData("Tiêu chí môi trường theo QĐ số mấy?")]
    [InlineData("ke hoach trien khai chuong trinh phoi hop so may")]
    public void So_may_asks_a_document_number(string question)
    {
        Assert.Equal(AnswerType.DocumentReference, AnswerTypeClassifier.Classify(question));
        Assert.True(AnswerTypeClassifier.IdentifierAsked(question));
    }

    [Theory]
    [InlineData("Tỉnh có mấy nhà máy điện?", AnswerType.Number)]
    [InlineData("Thí điểm kéo dài mấy năm?", AnswerType.Number)]
    public void May_before_a_unit_still_asks_a_count(string question, AnswerType expected)
    {
        Assert.Equal(expected, AnswerTypeClassifier.Classify(question));
        Assert.False(AnswerTypeClassifier.IdentifierAsked(question));
    }

    [Fact]
    public void A_question_asking_so_may_has_no_quantity_intent_and_no_unit()
    {
        var question = QuestionAnalyzer.CreateDefault().Analyze("Cục Thuế trả lời công văn số mấy của Thuế tỉnh về tiền thuê đất?", kb.Snapshot());

        Assert.NotEqual(QuestionIntent.Quantity, question.Intent);
        Assert.Empty(question.UnitKeys);
    }

    [Fact]
    public void A_plan_of_five_years_names_no_document()
    {
        var question = QuestionAnalyzer.CreateDefault().Analyze("Nồng độ bụi phải giảm bao nhiêu mỗi kỳ kế hoạch 5 năm?", kb.Snapshot());

        Assert.Empty(question.UnknownReferences);
    }

    [Theory]
    [InlineData("Phó Thủ tướng nào ký Nghị quyết 116/NQ-CP?")]
    [InlineData("Thu truong nao da ky quyet dinh 173?")]
    public void A_title_before_nao_ky_asks_the_signer(string question) =>
        Assert.Equal(FactQuestionKind.Signer, FactQuestions.Classify(question));

    [Fact]
    public void A_document_type_before_a_number_opens_a_typed_number()
    {
        Assert.True(DocumentFocus.OpensWithTypedNumber("cv 5528/ct-cs tra loi"));
        Assert.False(DocumentFocus.OpensWithTypedNumber("ai ky cv 5528"));
    }

    [Fact]
    public void A_price_flattened_on_its_own_line_stays_with_its_row()
    {
        var units = SentenceSplitter.Split(Filler + "\nII2020302\nĐá hộc\nm3\n120.000\nII2020306\nĐá chẻ\nm3\n340.000");

        Assert.Contains("Đá hộc m3 120.000", units);
        Assert.Contains("Đá chẻ m3 340.000", units);
    }

    [Fact]
    public void A_unit_column_before_the_price_is_read_with_its_words() =>
        Assert.Contains("mét khối", UnitSymbols.Spelled("Đá hộc m3 120.000"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Gửi dự kiến chương trình xây dựng luật năm 2016 vào lúc nào?", "b) Gửi dự kiến chương trình xây dựng luật, pháp lệnh năm 2016 để tham gia ý kiến", false)]
    [InlineData("Gửi dự kiến chương trình xây dựng luật năm 2016 vào lúc nào?", "Thời gian thực hiện: Quý I/2015.", true)]
    [InlineData("Báo cáo năm 2016 gửi khi nào?", "Gửi báo cáo trước ngày 15/3/2016.", true)]
    public void A_year_the_question_names_is_not_the_date_it_asks(string question, string sentence, bool holds) =>
        Assert.Equal(holds, TypedSpans.HoldsDateAsked(question, sentence));

    [Fact]
    public void A_kind_named_before_so_may_rejects_a_sentence_citing_only_other_kinds()
    {
        var kind = IdentifierKind.Asked("Kế hoạch thực hiện Chỉ thị 42-CT/TW là nghị quyết số mấy?");

        Assert.Equal("nghi quyet", kind);
        Assert.False(IdentifierKind.Admits(kind, "Thực hiện Kết luận số 213-KL/TW về tiếp tục thực hiện Chỉ thị số 42-CT/TW, Chính phủ ban hành Kế hoạch."));
        Assert.True(IdentifierKind.Admits(kind, "Nghị quyết số 66/2013/QH13 của Quốc hội."));
        Assert.True(IdentifierKind.Admits(IdentifierKind.Asked("Cục Thuế trả lời công văn số mấy?"), "công văn số 823/DLA-CNTK ngày 17/09/2025"));
    }
}
