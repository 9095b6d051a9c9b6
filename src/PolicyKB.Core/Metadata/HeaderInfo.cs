using PolicyKB.Documents;

namespace PolicyKB.Metadata;

/// <summary>What the header reader found in one header block (the main document's or an attachment's).</summary>
internal sealed class HeaderInfo
{
    /// <summary>Index of the line holding the type line, or -1 when none was printed (công văn).</summary>
    public int TypeLine { get; set; } = -1;

    /// <summary>Type from the type line ("Kế hoạch").</summary>
    public string? Type { get; set; }

    /// <summary>Title (trích yếu) in its final form.</summary>
    public string? Title { get; set; }

    /// <summary>Index of the first body line; the header covers the lines before it.</summary>
    public int BodyStart { get; set; }

    /// <summary>Số hiệu, normalised; null when blank or absent.</summary>
    public string? Number { get; set; }

    /// <summary>Type named by the số hiệu's abbreviation (also when the number itself is left blank).</summary>
    public string? NumberType { get; set; }

    /// <summary>True when the số hiệu is a consolidated text's ("…/VBHN-…").</summary>
    public bool Consolidated { get; set; }

    /// <summary>Issuing body from the letterhead.</summary>
    public string? Issuer { get; set; }

    /// <summary>Place of issue.</summary>
    public string? Place { get; set; }

    /// <summary>Date of issue.</summary>
    public PartialDate? IssuedOn { get; set; }

    /// <summary>
    /// True when the header closes with "Kính gửi: …" (Nghị định 30/2020/NĐ-CP Phụ lục I, ô số 9a): only a công văn
    /// addresses its recipients above the text, so a header with no type line and no type code in its number is one.
    /// </summary>
    public bool Addressed { get; set; }

    /// <summary>A công văn's "V/v …" subject.</summary>
    public string? Subject { get; set; }

    /// <summary>Authority lines printed under the title ("BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").</summary>
    public List<string> Authority { get; } = [];

    /// <summary>True when anything of a header was found.</summary>
    public bool Found => TypeLine >= 0 || Number is not null || IssuedOn is not null || Subject is not null || Issuer is not null;
}
