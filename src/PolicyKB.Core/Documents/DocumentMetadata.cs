namespace PolicyKB.Documents;

/// <summary>
/// What a document's header, preamble and signature block say about it (Nghị định 30/2020/NĐ-CP Điều 8:
/// quốc hiệu, issuing body, số hiệu, place and date, type and title, signer, recipients).
/// Fields stay null when the document does not print them; nothing is guessed.
/// </summary>
public sealed class DocumentMetadata
{
    /// <summary>Document type in full ("Kế hoạch", "Quyết định", "Nghị định", "Thông tư", "Chỉ thị", "Nghị quyết", "Công văn", …).</summary>
    public string? Type { get; set; }

    /// <summary>Số hiệu as printed, normalised ("36/KH-SYT"); null when the number is blank ("Số: /KH-SYT").</summary>
    public string? Number { get; set; }

    /// <summary>Issuing body ("Sở Y tế tỉnh Hà Giang", "UBND tỉnh Hà Tĩnh").</summary>
    public string? Issuer { get; set; }

    /// <summary>Place of issue from the "Hà Giang, ngày …" line.</summary>
    public string? Place { get; set; }

    /// <summary>Issue date; partial when the day (or month) is left blank.</summary>
    public PartialDate? IssuedOn { get; set; }

    /// <summary>Title (trích yếu) without the type word.</summary>
    public string? Title { get; set; }

    /// <summary>Signer's name.</summary>
    public string? Signer { get; set; }

    /// <summary>Signer's position ("GIÁM ĐỐC", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").</summary>
    public string? SignerPosition { get; set; }

    /// <summary>Recipients listed under "Nơi nhận".</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>The legal-basis sentences of the preamble ("Căn cứ …", "Thực hiện …"), one per entry.</summary>
    public List<string> LegalBasis { get; set; } = [];
}
