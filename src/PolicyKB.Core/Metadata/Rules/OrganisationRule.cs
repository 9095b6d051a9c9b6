namespace PolicyKB.Metadata.Rules;

/// <summary>An issuing body printed in capitals (ô số 2): "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "BỘ Y TẾ".</summary>
internal sealed class OrganisationRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Organisation;

    /// <inheritdoc/>
    public bool Triggers(char first) => char.IsLetter(first);

    /// <inheritdoc/>
    /// <remarks>Signature lines ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG") are capitals too but name a person's role, not a body.</remarks>
    public bool Matches(string text, string folded) =>
        VietnameseText.IsAllCaps(text) && text.Count(char.IsLetter) >= 2 && text.Split(' ').Length <= 25
        && !SignatureLines.IsMark(text) && !(SignatureLines.IsKnownPosition(text) && text.Split(' ').Length <= 4 && !OrganisationNames.National.ContainsKey(OrganisationNames.Key(text)));
}
