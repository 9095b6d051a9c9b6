namespace PolicyKB.Metadata.Rules;

/// <summary>Place and date of issue (ô số 4): "Hà Giang, ngày 29 tháng 01 năm 2021".</summary>
internal sealed class PlaceDateRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.PlaceDate;

    /// <inheritdoc/>
    public bool Triggers(char first) => char.IsLetter(first);

    /// <inheritdoc/>
    public bool Matches(string text, string folded) => text.Length < 140 && Patterns.PlaceDate().IsMatch(text);
}
