namespace PolicyKB.Citations;

/// <summary>
/// Names of laws and codes as enacted, so names holding commas or "và" ("Khám bệnh, chữa bệnh",
/// "Giáo dục quốc phòng và an ninh") are read whole, plus common misspellings mapped to the enacted name.
/// Data table: extend it when a corpus shows a law the heuristic cuts short.
/// </summary>
internal static class KnownLawNames
{
    private static readonly string[] Canonical =
    [
        "Khám bệnh, chữa bệnh", "Dược", "An toàn thực phẩm", "Bảo hiểm y tế", "Bảo hiểm xã hội", "Thi đua, khen thưởng",
        "Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của thuốc lá", "Phòng, chống bệnh truyền nhiễm",
        "Tổ chức Chính phủ", "Tổ chức chính quyền địa phương", "Tổ chức Quốc hội", "Cán bộ, công chức", "Viên chức",
        "Giáo dục", "Giáo dục quốc phòng và an ninh", "Giáo dục nghề nghiệp", "Giáo dục đại học", "Nhà giáo",
        "Ban hành văn bản quy phạm pháp luật", "Ngân sách nhà nước", "Đầu tư công", "Đấu thầu",
        "Đầu tư theo phương thức đối tác công tư", "Hải quan", "Thuế giá trị gia tăng", "Thuế xuất khẩu, thuế nhập khẩu",
        "Thuế thu nhập cá nhân", "Đầu tư", "Quản lý, sử dụng tài sản công", "Dân quân tự vệ", "Việc làm", "Lao động",
        "Phòng thủ dân sự", "Bảo vệ bí mật nhà nước", "Tài nguyên nước", "Lâm nghiệp", "Đất đai", "Bảo vệ môi trường",
        "Phòng, chống ma túy", "Xử lý vi phạm hành chính", "Phòng, chống thiên tai", "Giao thông đường bộ",
        "Trật tự, an toàn giao thông đường bộ", "Đường bộ", "Dữ liệu", "Giao dịch điện tử", "Công nghệ thông tin",
        "An ninh mạng", "Công nghiệp công nghệ số", "Tiếp cận thông tin", "Người cao tuổi", "Người khuyết tật", "Trẻ em",
        "Hôn nhân và gia đình", "Bình đẳng giới", "Phòng, chống mua bán người", "Phòng, chống bạo lực gia đình", "Thủ đô",
        "Thanh niên", "Quy hoạch", "Xây dựng", "Nhà ở", "Kinh doanh bất động sản", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "Phòng cháy và chữa cháy", "Tín ngưỡng, tôn giáo", "Quốc phòng", "Công an nhân dân", "Phổ biến, giáo dục pháp luật",
        "Khoa học và công nghệ", "Khoa học, công nghệ và đổi mới sáng tạo", "Thống kê", "Kế toán", "Kiểm toán nhà nước",
        "Trợ giúp pháp lý", "Hòa giải ở cơ sở", "Di sản văn hóa", "Du lịch", "Thể dục, thể thao", "Giá", "Doanh nghiệp",
        "Hợp tác xã", "Thương mại", "Bảo vệ quyền lợi người tiêu dùng", "Chất lượng sản phẩm, hàng hóa", "Thủy sản",
        "Trồng trọt", "Chăn nuôi", "Thú y", "Thủy lợi", "Đê điều", "Khí tượng thủy văn", "Cư trú", "Căn cước", "Hộ tịch",
        "Nghĩa vụ quân sự", "Tố cáo", "Khiếu nại", "Tiếp công dân", "Thanh tra", "Phòng, chống tham nhũng", "Dân số",
        "Thực hiện dân chủ ở cơ sở", "Mặt trận Tổ quốc Việt Nam", "Công đoàn", "Quản lý thuế", "Phí và lệ phí",
        "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)", "Bảo vệ sức khỏe nhân dân",
        "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác", "Điện lực", "Tài nguyên, môi trường biển và hải đảo",
        "Biên giới quốc gia", "Quốc tịch Việt Nam", "Lưu trữ", "Thư viện", "Báo chí", "Xuất bản", "An toàn, vệ sinh lao động",
    ];

    private static readonly (string Variant, string Name)[] Variants =
    [
        ("Khám, chữa bệnh", "Khám bệnh, chữa bệnh"), ("Thi đua - Khen thưởng", "Thi đua, khen thưởng"),
        ("Phòng chống tác hại rượu bia", "Phòng, chống tác hại của rượu, bia"),
        ("Phòng, chống tác hại rượu, bia", "Phòng, chống tác hại của rượu, bia"),
        ("Phòng chống tác hại của thuốc lá", "Phòng, chống tác hại của thuốc lá"),
        ("Phòng chống bệnh truyền nhiễm", "Phòng, chống bệnh truyền nhiễm"), ("Phòng chống ma túy", "Phòng, chống ma túy"),
        // "Luật An toàn giao thông" / "Luật ATGT" is the road traffic law in everyday speech.
        ("An toàn giao thông", "Giao thông đường bộ"), ("Phòng cháy chữa cháy", "Phòng cháy và chữa cháy"),
        ("Khám chữa bệnh", "Khám bệnh, chữa bệnh"), ("An toàn vệ sinh thực phẩm", "An toàn thực phẩm"),
    ];

    /// <summary>The enacted name a printed form stands for, ignoring case ("an toàn giao thông" → "Giao thông đường bộ"), or null.</summary>
    public static string? Find(string printed) =>
        Entries.FirstOrDefault(e => string.Equals(e.Printed, printed, StringComparison.OrdinalIgnoreCase)).Name;

    /// <summary>(printed form, enacted name), longest printed form first for a longest-match scan.</summary>
    public static readonly IReadOnlyList<(string Printed, string Name)> Entries = Canonical
        .Select(n => (n, n))
        .Concat(Variants)
        .OrderByDescending(e => e.Item1.Length)
        .ToArray();
}
