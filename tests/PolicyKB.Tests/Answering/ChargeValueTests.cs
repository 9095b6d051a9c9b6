using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A fee or fine asked needs a quote stating a charge: money, a share or an exemption (issue #11 session 22, tuning
/// failures U14J11, U18L13).
/// </summary>
public sealed class ChargeValueTests
{
    [Theory]
    [InlineData("Phí sử dụng Cổng thông tin một cửa quốc gia là bao nhiêu?")]
    [InlineData("Không lập báo cáo tài chính năm bị phạt bao nhiêu?")]
    [InlineData("Lệ phí cấp giấy phép là bao nhiêu?")]
    public void A_fee_or_fine_how_much_is_a_charge_asked(string question) => Assert.True(ChargeValue.Asked(question));

    [Theory]
    [InlineData("QĐ 2639 bổ sung kinh phí dựa trên đề nghị của Bộ Tài chính tại văn bản số mấy?")]
    [InlineData("Chi phí đào tạo là bao nhiêu?")]
    [InlineData("Tổ chức thu phí phải nộp bao nhiêu phần trăm số thu vào ngân sách?")]
    [InlineData("Tổ chức vi phạm bị phạt gấp mấy lần cá nhân?")]
    public void Money_spent_a_share_or_a_number_is_no_charge_asked(string question) => Assert.False(ChargeValue.Asked(question));

    [Theory]
    [InlineData("Phạt tiền từ 10.000.000 đồng đến 20.000.000 đồng.")]
    [InlineData("Mức thu lệ phí trước bạ là 2%.")]
    [InlineData("Miễn phí sử dụng kết cấu hạ tầng đường sắt.")]
    public void Money_a_share_or_an_exemption_states_a_charge(string sentence) => Assert.True(ChargeValue.Holds(sentence, ""));

    [Fact]
    public void A_time_limit_states_no_charge() =>
        Assert.False(ChargeValue.Holds("Trong thời hạn 01 ngày làm việc, Đơn vị quản lý Cổng thông tin thực hiện kiểm tra.", "Người khai truy cập Cổng thông tin"));
}
