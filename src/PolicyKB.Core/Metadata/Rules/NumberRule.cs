namespace PolicyKB.Metadata.Rules;

/// <summary>Số hiệu (ô số 3): "Số: 36/KH-SYT", "Luật số: 26/2008/QH12", a bare "Số:" with the number below.</summary>
internal sealed class NumberRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Number;

    /// <inheritdoc/>
    public bool Triggers(char first) => first is 'S' or 'L' or 'N' or 'P';

    /// <inheritdoc/>
    public bool Matches(string text, string folded) => text.Length < 160 && Patterns.NumberLabel().IsMatch(text);
}
