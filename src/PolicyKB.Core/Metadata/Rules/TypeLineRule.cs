namespace PolicyKB.Metadata.Rules;

/// <summary>
/// The type line (ô số 5a): the type printed in capitals on its own line ("KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG"),
/// or followed by the title in crawled text that lost its line breaks. The enacting word "QUYẾT ĐỊNH:"
/// (with a colon) is not a type line.
/// </summary>
internal sealed class TypeLineRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.TypeLine;

    /// <inheritdoc/>
    public bool Triggers(char first) => char.IsLetter(first);

    /// <inheritdoc/>
    public bool Matches(string text, string folded) =>
        !text.EndsWith(':') && VietnameseText.IsAllCaps(text) && DocumentTypes.TryReadTypeLine(text, out _, out var rest)
        && !rest.StartsWith("SỐ", StringComparison.Ordinal) && !rest.StartsWith(':');
}
