namespace PolicyKB.Decoding.Ocr;

/// <summary>The judgement of one page's text layer, with the shares it rests on.</summary>
/// <param name="State">What was found.</param>
/// <param name="AlphanumericShare">Letters and digits among the visible characters.</param>
/// <param name="BrokenShare">Replacement, private-use and control characters among the visible characters.</param>
/// <param name="DamagedWordShare">Words with glyph damage, among the words.</param>
public sealed record PageTextVerdict(PageTextState State, double AlphanumericShare, double BrokenShare, double DamagedWordShare)
{
    /// <summary>True when the page should be recognised (OCR) instead of read from its text layer.</summary>
    public bool NeedsOcr => State != PageTextState.Good;

    /// <summary>Why, in Vietnamese, for the document's warnings.</summary>
    public string Reason => State switch
    {
        PageTextState.Empty => "không có lớp chữ",
        PageTextState.MostlySymbols => $"lớp chữ hỏng (chỉ {AlphanumericShare:P0} là chữ hoặc số)",
        PageTextState.BrokenCharacters => $"lớp chữ hỏng ({BrokenShare:P0} ký tự lỗi)",
        PageTextState.GlyphDamage => $"lớp chữ sai mã phông ({DamagedWordShare:P0} từ lỗi)",
        _ => "lớp chữ đọc được",
    };
}
