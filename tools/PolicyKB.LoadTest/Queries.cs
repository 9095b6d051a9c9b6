namespace PolicyKB.LoadTest;

/// <summary>
/// What officials type into the search box: topics with and without diacritics, abbreviations and document numbers,
/// so the load exercises the analyzer, synonyms, embeddings and the legal-reference fast path alike.
/// </summary>
public static class Queries
{
    /// <summary>The query list, cycled by every user from a different starting point.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "bao hiem y te", "bảo hiểm y tế toàn dân", "BHYT", "y tế cơ sở", "y te co so", "trạm y tế xã", "tiêm chủng mở rộng",
        "tiem chung", "phòng chống dịch bệnh", "an toàn thực phẩm", "QĐ 281", "Chỉ thị 25-CT/TW", "Nghị quyết 20-NQ/TW",
        "thi đua khen thưởng", "thi dua khen thuong", "ngày Thầy thuốc Việt Nam", "kinh phí thực hiện", "tổ chức thực hiện",
        "nguồn nhân lực y tế", "bác sĩ gia đình", "khám chữa bệnh", "kham chua benh", "dân số kế hoạch hóa gia đình",
        "chăm sóc sức khỏe ban đầu", "y học cổ truyền", "vệ sinh môi trường", "chất thải y tế", "nước sạch", "HIV/AIDS",
        "sốt xuất huyết", "covid-19", "chuyển đổi số y tế", "hồ sơ sức khỏe điện tử", "giám sát", "báo cáo kết quả",
        "Sở Y tế", "UBND huyện", "Luật Dược", "y đức", "tuyên truyền giáo dục sức khỏe",
    ];
}
