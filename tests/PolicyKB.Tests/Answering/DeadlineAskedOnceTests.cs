using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "A deadline is asked" is read once (<see cref="DeadlineSentences.Asked"/>) by the sentence scorer and by the evidence
/// check (issue #11, chat19b): a question the scorer reads as asking a limit ("Hạn để … là khi nào?", "thời hạn … ngày
/// nào") is one the check holds to a date set as a limit, so the two never disagree about a quote.
/// </summary>
public sealed class DeadlineAskedOnceTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    private const string PastEvent = "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP, Phó Thủ tướng giao các Bộ rà soát, cập nhật dữ liệu.";

    [Theory]
    [InlineData("Hạn để các tỉnh gửi báo cáo là khi nào?")]
    [InlineData("Thời hạn cập nhật dữ liệu là ngày nào?")]
    [InlineData("Các Bộ phải cập nhật dữ liệu trước quý nào?")]
    public void A_limit_the_scorer_reads_as_asked_needs_a_limit_in_the_quote(string question)
    {
        Assert.True(DeadlineSentences.Asked(question));
        Assert.Equal("thời hạn được hỏi", AskedTypeEvidence.Missing(question, PastEvent, "", Places));
        Assert.Null(AskedTypeEvidence.Missing(question, "Các Bộ hoàn thành việc cập nhật dữ liệu trước ngày 30/11/2025.", "", Places));
    }
}
