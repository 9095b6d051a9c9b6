namespace PolicyKB.Metadata.Rules;

/// <summary>Trích yếu of a công văn under its number (ô số 5b): "V/v hướng dẫn …".</summary>
internal sealed class SubjectRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Subject;

    /// <inheritdoc/>
    public bool Triggers(char first) => first == 'V';

    /// <inheritdoc/>
    public bool Matches(string text, string folded) =>
        (folded.StartsWith("V/V ", StringComparison.Ordinal) || folded.StartsWith("V/V:", StringComparison.Ordinal)) && !VietnameseText.IsAllCaps(text);
}
