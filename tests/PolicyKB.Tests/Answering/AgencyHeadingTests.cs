using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A plan's section named for its agency ("3. Sở Tài chính") lists that agency's tasks in bullets that never name it
/// again (issue #11 round 4, dev failures D5B05 and D5B08 of tests/eval/answers-dev-5.jsonl): "cơ quan nào …" is
/// answered from the bullet, with the agency its section heading names.
/// </summary>
public sealed class AgencyHeadingTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly SeedKnowledgeBase _knowledge;

    public AgencyHeadingTests()
    {
        File.WriteAllText(_files.File("kh-404-ubnd-so-hoa-cau-duong.txt"), Plan);
        _knowledge = new SeedKnowledgeBase([_files.Path]);
    }

    [Fact]
    public void The_agency_asked_is_the_heading_of_the_section_whose_bullet_states_the_task()
    {
        var result = _knowledge.Ask("Theo Kế hoạch 404/KH-UBND, cơ quan nào phân bổ kinh phí cho các dự án số hóa hồ sơ cầu đường?");

        Assert.False(result.Refused, result.Answer);
        Assert.Equal("kh-404-ubnd-so-hoa-cau-duong/III.2.-1", result.Citations[0].ClauseId);
        Assert.Contains("Sở Tài chính", result.Answer);
    }

    [Fact]
    public void A_task_no_section_states_is_still_refused()
    {
        var result = _knowledge.Ask("Cơ quan nào cấp giấy phép lái xe theo Kế hoạch 404/KH-UBND tỉnh Hòa Bình Xanh?");

        Assert.True(result.Refused, result.Answer);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _files.Dispose();
    }

    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH HÒA BÌNH XANH
        Số: 404/KH-UBND
        Hòa Bình Xanh, ngày 02 tháng 3 năm 2026

        KẾ HOẠCH
        Số hóa hồ sơ quản lý cầu đường trên địa bàn tỉnh

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Nâng cao hiệu quả quản lý, bảo trì hệ thống cầu đường của tỉnh bằng dữ liệu số.
        II. NHIỆM VỤ
        1. Số hóa toàn bộ hồ sơ hoàn công các cây cầu trên các tuyến đường tỉnh.
        2. Xây dựng bản đồ số hạ tầng giao thông phục vụ tra cứu của người dân.
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Xây dựng
        - Chủ trì xây dựng cơ sở dữ liệu cầu đường, cập nhật dữ liệu thường xuyên.
        - Tổ chức số hóa hồ sơ hoàn công, bản đồ hạ tầng giao thông.
        2. Sở Tài chính
        - Phân bổ kinh phí hợp lý cho các dự án số hóa hồ sơ cầu đường, bảo đảm các dự án quan trọng được ưu tiên.
        - Kiểm tra việc sử dụng kinh phí đúng mục đích, hiệu quả.
        3. Ủy ban nhân dân cấp xã
        - Số hóa hồ sơ các công trình giao thông nông thôn trên địa bàn quản lý.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Văn Bình
        """;
}
