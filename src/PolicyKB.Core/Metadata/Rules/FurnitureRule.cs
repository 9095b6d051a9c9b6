namespace PolicyKB.Metadata.Rules;

/// <summary>
/// Gazette page headers ("CÔNG BÁO/Số 977 + 978/Ngày 25-7-2025", "VĂN BẢN QUY PHẠM PHÁP LUẬT", page numbers)
/// and legal-database furniture ("Số hiệu:", "Loại văn bản:"…). The repair step blanks most of them;
/// recognising them here keeps them from being read as the issuing body when it did not.
/// </summary>
internal sealed class FurnitureRule : IHeaderCellRule
{
    private static readonly string[] Starts =
    [
        "CÔNG BÁO", "VĂN BẢN QUY PHẠM PHÁP LUẬT", "THƯ VIỆN PHÁP LUẬT", "BẢN DỊCH NÀY", "SỐ HIỆU", "LOẠI VĂN BẢN",
        "NƠI BAN HÀNH", "NGƯỜI KÝ", "NGÀY BAN HÀNH", "NGÀY HIỆU LỰC", "NGÀY CÔNG BÁO", "SỐ CÔNG BÁO", "TÌNH TRẠNG",
        "ĐANG TẢI", "CÁC NỘI DUNG", "CLICK", "VĂN BẢN GỐC", "VĂN BẢN TIẾNG ANH", "TẢI VỀ", "LƯỢC ĐỒ",
        "VĂN BẢN PHÁP LUẬT KHÁC", "XÁC THỰC VĂN BẢN HỢP NHẤT", "FILE ĐƯỢC ĐÍNH KÈM", "IP:", "MỤC LỤC",
    ];

    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Furniture;

    /// <inheritdoc/>
    public bool Triggers(char first) => true;

    /// <inheritdoc/>
    public bool Matches(string text, string folded) =>
        !text.Any(char.IsLetter) || (text.Length <= 2 && !VietnameseText.IsAllCaps(text))
        || Starts.Any(s => folded.StartsWith(s, StringComparison.Ordinal));
}
