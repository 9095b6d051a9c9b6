namespace PolicyKB.Metadata;

/// <summary>A trailer found after a body: where it is and what its signature block and "Nơi nhận" say.</summary>
internal sealed class TrailerInfo
{
    /// <summary>Index of the first trailer line.</summary>
    public int Start { get; set; }

    /// <summary>Index after the last trailer line that carries text.</summary>
    public int End { get; set; }

    /// <summary>Signer's name.</summary>
    public string? Signer { get; set; }

    /// <summary>Position lines other than "TM. …", joined with " / ".</summary>
    public List<string> Positions { get; } = [];

    /// <summary>The body signed for ("TM. ỦY BAN NHÂN DÂN HUYỆN" → "ỦY BAN NHÂN DÂN HUYỆN").</summary>
    public string? SigningBody { get; set; }

    /// <summary>Recipients, one per entry, without dash and final punctuation.</summary>
    public List<string> Recipients { get; } = [];

    /// <summary>True when "(Đã ký)" or a stamp note was printed.</summary>
    public bool Signed { get; set; }

    /// <summary>True when a "Nơi nhận" label or an unlabelled recipients list was read.</summary>
    public bool HasRecipientsList { get; set; }

    /// <summary>True when what was read is plausibly a trailer rather than text that merely looks like one.</summary>
    public bool IsValid => Signer is not null || Signed || Recipients.Count >= 2 || (Positions.Count > 0 && HasRecipientsList);
}
