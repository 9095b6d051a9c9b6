namespace PolicyKB.Metadata.Rules;

/// <summary>
/// Recognises one kind of header cell. Rules are tried in order (see <see cref="HeaderCellClassifierBuilder"/>);
/// <see cref="Triggers"/> is a cheap first-character test so most rules skip most text at once.
/// </summary>
internal interface IHeaderCellRule
{
    /// <summary>The kind this rule recognises.</summary>
    HeaderCellKind Kind { get; }

    /// <summary>Cheap test on the first character of the folded text.</summary>
    bool Triggers(char first);

    /// <summary>Full test; <paramref name="folded"/> is <see cref="VietnameseText.Fold"/> of <paramref name="text"/>.</summary>
    bool Matches(string text, string folded);
}
