using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A quote about another year than the one asked is no answer (issue #11 session 22, tuning failures U10G19, U18G15):
/// the year must be written by the quote, its headings or its document's name, or be one of its document's years, and
/// not only as the base a value of another year is compared with.
/// </summary>
public sealed class SiblingYearTests
{
    private static readonly IReadOnlySet<int> Issued2025 = new HashSet<int> { 2025 };

    [Theory]
    [InlineData("Tuổi nghỉ hưu của cán bộ nam năm 2026 là bao nhiêu?", "Đối với cán bộ nữ thì tuổi quy hoạch được xác định theo độ tuổi nghỉ hưu 60 tuổi.", "2026")]
    [InlineData("Kế hoạch phối hợp năm 2016 giao những nhiệm vụ gì?", "Kế hoạch triển khai chương trình phối hợp năm 2015: Đơn vị phối hợp: Văn phòng Bộ.", "2016")]
    public void A_quote_naming_no_year_asked_speaks_of_another_year(string question, string quoted, string year) =>
        Assert.Equal(year, SiblingYear.Missing(question, quoted, Issued2025));

    private const string Target = "Tại Hà Nội, nồng độ bụi PM2.5 trung bình năm vào năm 2030 đạt dưới 40 μg/m3 (giảm 20% so với mức trung bình năm 2024).";

    /// <summary>Tuning question U19H20 (session 28): the year asked is only the base the 2030 target is compared with.</summary>
    [Fact]
    public void A_year_written_only_as_the_base_of_a_comparison_is_not_the_year_of_the_value() =>
        Assert.Equal("2024", SiblingYear.Missing("Nồng độ PM2.5 trung bình năm 2024 ở Hà Nội đo được là bao nhiêu?", Target, Issued2025));

    [Theory]
    [InlineData("Đến năm 2030 nồng độ bụi PM2.5 ở Hà Nội giảm bao nhiêu so với năm 2024?", Target)]
    [InlineData("Năm 2024 nồng độ bụi PM2.5 ở Hà Nội là bao nhiêu?", "Năm 2024 nồng độ bụi PM2.5 đạt 45 μg/m3, giảm 5% so với năm 2023.")]
    [InlineData("Năm 2024 nồng độ bụi PM2.5 ở Hà Nội là bao nhiêu?", "Nồng độ bụi PM2.5 giảm 5% so với năm 2024.")]
    public void A_comparison_asked_or_a_year_of_the_value_written_passes(string question, string quoted) =>
        Assert.Null(SiblingYear.Missing(question, quoted, Issued2025));

    [Theory]
    [InlineData("Mức chi năm 2026 là bao nhiêu?", "Năm 2025 tối đa 1,36%, năm 2026 tối đa 1,26%.")]
    [InlineData("Năm 2025 tỉnh giao chỉ tiêu gì?", "Phấn đấu 100% xã đạt chuẩn.")]
    [InlineData("Lương hưu của người nghỉ trước 1995 tăng bao nhiêu?", "Người nghỉ hưu trước ngày 01/01/1995 được tăng thêm 15%.")]
    [InlineData("Theo Thông tư 01/2025/TT-BLĐTBXH, mức điều chỉnh là bao nhiêu?", "Mức điều chỉnh là 1,05.")]
    [InlineData("Công văn ngày 19/7/2024 yêu cầu gì?", "Yêu cầu các bộ báo cáo.")]
    [InlineData("Mục tiêu giai đoạn 2021-2030 là gì?", "Phấn đấu 100% xã đạt chuẩn.")]
    public void A_year_written_by_the_quote_or_its_document_or_none_asked_passes(string question, string quoted) =>
        Assert.Null(SiblingYear.Missing(question, quoted, Issued2025));
}
