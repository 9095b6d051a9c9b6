namespace PolicyKB.Facts;

/// <summary>
/// The signature block (Nghị định 30/2020/NĐ-CP Điều 8 khoản 7): signing mode, title and name. The mode is the
/// innermost delegation printed ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" signs "KT.").
/// </summary>
public sealed class SignerFact
{
    /// <summary>The signer's name, or null when the block prints only the title.</summary>
    public string? Name { get; set; }

    /// <summary>The signer's own title ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC").</summary>
    public string? Title { get; set; }

    /// <summary>Signing mode: "TM.", "KT.", "Q.", "TL.", "TUQ." or null when the head signs in person.</summary>
    public string? Mode { get; set; }

    /// <summary>The body or office signed for ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), when printed.</summary>
    public string? OnBehalfOf { get; set; }

    /// <summary>True when name or title is missing.</summary>
    public bool Partial { get; set; }
}
