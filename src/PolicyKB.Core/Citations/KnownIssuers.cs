namespace PolicyKB.Citations;

/// <summary>
/// Issuers whose names contain "và", commas or hyphens, which the word-by-word issuer reader would cut short.
/// Data table, longest first so "Bộ trưởng Bộ Y tế" wins over "Bộ Y tế".
/// </summary>
internal static class KnownIssuers
{
    private static readonly string[] Ministries =
    [
        "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ Nông nghiệp và Môi trường", "Bộ Tài nguyên và Môi trường", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
        "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông", "Bộ Dân tộc và Tôn giáo",
    ];

    private static readonly string[] Others =
    [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Thường vụ Quốc hội",
    ];

    /// <summary>All names, longest first.</summary>
    public static readonly IReadOnlyList<string> Names = Ministries
        .SelectMany(m => new[] { "Bộ trưởng " + m, m })
        .Concat(Others)
        .OrderByDescending(n => n.Length)
        .ToArray();
}
