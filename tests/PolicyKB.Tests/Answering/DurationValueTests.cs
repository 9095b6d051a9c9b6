using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Which sentences state a span of time for a "bao lâu" / "bao nhiêu ngày" question (<see cref="DurationValue"/>; texts
/// folded and lower case, as the evidence check passes them).
/// </summary>
public sealed class DurationValueTests
{
    [Theory]
    [InlineData("mo to khai trong thoi han 15 ngay ke tu ngay xuat khau")]
    [InlineData("thoi gian giai quyet: 30 ngay lam viec")]
    [InlineData("xu ly trong 24-48 gio")]
    [InlineData("thoi han vay toi da 05 nam")]
    [InlineData("bao cao dinh ky hang quy")]
    public void A_count_of_a_unit_of_time_or_a_recurrence_is_a_span(string folded)
        => Assert.True(DurationValue.Holds(folded));

    [Theory]
    // The session of the National Assembly glued to a resolution's number ("QH15") before its date is no 15 days.
    [InlineData("thuc hien theo nghi quyet so 98/2023/qh15 ngay 24/6/2023 cua quoc hoi ve thi diem co che")]
    [InlineData("can cu luat so 56/2024/qh15 ngay 29/11/2024")]
    [InlineData("cuc hai quan huong dan thu tuc hai quan doi voi hang hoa xuat nhap khau tai cho")]
    public void A_number_glued_to_letters_or_a_sentence_without_a_count_states_no_span(string folded)
        => Assert.False(DurationValue.Holds(folded));
}
