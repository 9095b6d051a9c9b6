namespace PolicyKB.Metadata;

/// <summary>What a cell of the header block is (Nghị định 30/2020/NĐ-CP Phụ lục I numbers the cells of the form).</summary>
internal enum HeaderCellKind
{
    /// <summary>Anything else (a line of the wrapper page, a wrapped place name).</summary>
    Other,
    /// <summary>The short rule under the letterhead or the motto.</summary>
    Separator,
    /// <summary>Quốc hiệu and tiêu ngữ ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), ô số 1.</summary>
    Motto,
    /// <summary>Gazette page headers and legal-database page furniture, when the repair step left them in.</summary>
    Furniture,
    /// <summary>Số hiệu ("Số: 36/KH-SYT"), ô số 3.</summary>
    Number,
    /// <summary>Place and date ("Hà Giang, ngày 29 tháng 01 năm 2021"), ô số 4.</summary>
    PlaceDate,
    /// <summary>Trích yếu of a công văn ("V/v …"), ô số 5b.</summary>
    Subject,
    /// <summary>The type line ("KẾ HOẠCH", "QUYẾT ĐỊNH"), ô số 5a.</summary>
    TypeLine,
    /// <summary>An issuing body in capitals ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"), ô số 2.</summary>
    Organisation,
}
