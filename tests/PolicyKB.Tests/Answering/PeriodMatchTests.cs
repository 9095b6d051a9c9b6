using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "Tổng số giờ làm thêm trong một năm không quá bao nhiêu giờ?" is not answered by the monthly limit beside the yearly
/// one (issue #11, chat16b: dev half of answers-dev-5, a labour circular's overtime limits per day, week, month and year).
/// </summary>
public sealed class PeriodMatchTests
{
    [Theory]
    [InlineData("Tổng số giờ làm thêm trong một năm không quá bao nhiêu giờ?", "b) Tổng số giờ làm thêm trong một tháng không quá 40 giờ.", true)]
    [InlineData("Tổng số giờ làm thêm trong một năm không quá bao nhiêu giờ?", "3. Tổng số giờ làm thêm trong một năm đối với mỗi người lao động không quá 300 giờ.", false)]
    [InlineData("tre duoc ho tro bao nhieu moi thang", "Mức hỗ trợ 160.000 đồng/trẻ/tháng.", false)]
    [InlineData("tre duoc ho tro bao nhieu moi thang", "Mức hỗ trợ 1.920.000 đồng/năm.", true)]
    public void A_sentence_stating_another_period_conflicts(string question, string sentence, bool conflicts) =>
        Assert.Equal(conflicts, PeriodMatch.Conflicts(question, sentence));

    [Theory]
    [InlineData("Học phí trong năm 2025 là bao nhiêu?", "Mức học phí 80 nghìn đồng/tháng.")]
    [InlineData("Tổng số giờ làm thêm là bao nhiêu?", "Tổng số giờ làm thêm trong một tháng không quá 40 giờ.")]
    [InlineData("Tổng số giờ làm thêm trong một năm không quá bao nhiêu giờ?", "Tổng số giờ làm thêm không quá 300 giờ.")]
    public void A_year_or_no_period_is_no_conflict(string question, string sentence) => Assert.False(PeriodMatch.Conflicts(question, sentence));
}
