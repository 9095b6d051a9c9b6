using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A number quoted about another subject than the one the question's rarest word names is no answer (issue #11 session 28,
/// tuning questions U15J13, U15I15, U22I15): "GRDP … đạt bao nhiêu nghìn tỷ đồng?" is not answered by the total budget
/// revenue of the same report. The word must be written by the quote's document, rare in the store, and missing from the
/// quote and its headings together with a good part of the question; an acronym the quote spells out names it.
/// </summary>
public sealed class AskedSubjectWordTests
{
    private const string Grdp = "GRDP cả năm của tỉnh đạt bao nhiêu nghìn tỷ đồng?";

    /// <summary>A store of 1,000 clauses: the everyday words of a report in a tenth of them, "GRDP" and "GTGT" in two.</summary>
    private static readonly TermStatistics Terms = Store();

    private static readonly IReadOnlySet<string> Report = Keys("Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng. GRDP cả năm ước tăng 8%. Thuế GTGT giảm còn 8%.");

    [Fact]
    public void A_number_of_another_subject_than_the_rarest_word_asked_is_refused() =>
        Assert.Equal("GRDP", AskedSubjectWord.Missing(Question(Grdp), "Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng.", "ĐÁNH GIÁ CHUNG", Report, Empty, Terms));

    [Fact]
    public void A_quote_naming_the_word_answers() =>
        Assert.Null(AskedSubjectWord.Missing(Question(Grdp), "GRDP cả năm ước đạt 95 nghìn tỷ đồng.", "ĐÁNH GIÁ CHUNG", Report, Empty, Terms));

    [Fact]
    public void A_heading_naming_the_word_frames_the_quote() =>
        Assert.Null(AskedSubjectWord.Missing(Question(Grdp), "Cả năm ước đạt 95 nghìn tỷ đồng.", "Tăng trưởng GRDP", Report, Empty, Terms));

    [Fact]
    public void A_word_the_document_never_writes_is_the_readers_own_and_proves_nothing() =>
        Assert.Null(AskedSubjectWord.Missing(Question(Grdp), "Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng.", "", Keys("Tổng thu ngân sách ước đạt 47,5 nghìn tỷ đồng."), Empty, Terms));

    [Fact]
    public void An_acronym_the_quote_spells_out_is_named() =>
        Assert.Null(AskedSubjectWord.Missing(Question("Thuế suất thuế GTGT cho hàng hóa được giảm là bao nhiêu?"),
            "Cơ sở kinh doanh áp dụng mức thuế suất thuế giá trị gia tăng 8% đối với hàng hóa được giảm.", "", Report, Empty, Terms));

    [Fact]
    public void A_sentence_leading_into_items_leaves_its_subject_to_them() =>
        Assert.Null(AskedSubjectWord.Missing(Question(Grdp), "Mức tăng trưởng 8% được áp dụng đối với các chỉ tiêu sau:", "", Report, Empty, Terms));

    [Fact]
    public void Only_a_question_asking_a_number_is_read() =>
        Assert.Null(AskedSubjectWord.Missing(Question("GRDP cả năm của tỉnh được công bố khi nào?"), "Tổng thu ngân sách được công bố ngày 15/12/2025.", "", Report, Empty, Terms));

    [Fact]
    public void A_word_naming_the_quotes_document_need_not_be_repeated() =>
        Assert.Null(AskedSubjectWord.Missing(Question(Grdp), "Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng.", "", Report, Keys("Báo cáo GRDP của tỉnh"), Terms));

    [Fact]
    public void A_rare_word_missing_from_a_quote_holding_the_rest_of_the_question_is_let_through() =>
        Assert.Null(AskedSubjectWord.Missing(Question("Tổng thu ngân sách 10 tháng theo GRDP ước đạt bao nhiêu nghìn tỷ đồng?"),
            "Tổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng.", "", Report, Empty, Terms));

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    private static IReadOnlySet<string> Keys(string text) => SyllableKeys.Keys(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>The question as the analyser reads its subject: its words but question words, numbers and places.</summary>
    private static QuestionAnalysis Question(string question) => new()
    {
        Question = question,
        Intent = QuestionIntent.Quantity,
        Folded = false,
        ContentKeys = SyllableKeys.Keys(question.Replace("của tỉnh", " ")).Where(k => !StopWords.Contains(k, folded: false) && !char.IsDigit(k[0])).Distinct().ToList(),
        AllKeys = SyllableKeys.Keys(question),
        UnitKeys = [],
        Places = [],
        Years = [],
        References = [],
        UnknownReferences = [],
        SearchText = question,
    };

    private static TermStatistics Store()
    {
        var terms = new TermStatistics();
        var common = SyllableKeys.Keys("tổng thu ngân sách tháng ước đạt nghìn tỷ đồng cả năm tăng trưởng mức thuế suất cơ sở kinh doanh áp dụng giá trị gia tăng hàng hóa được giảm chỉ tiêu sau công bố khi nào");
        for (var i = 0; i < 1000; i++)
        {
            var keys = i % 10 == 0 ? common : [];
            if (i < 2) keys = [.. keys, "grdp", "gtgt"];
            terms.Add(keys, keys);
        }
        return terms;
    }
}
