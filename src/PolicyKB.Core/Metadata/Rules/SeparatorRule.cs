namespace PolicyKB.Metadata.Rules;

/// <summary>The short rules printed under the issuing body and the motto ("-------", "_____").</summary>
internal sealed class SeparatorRule : IHeaderCellRule
{
    /// <inheritdoc/>
    public HeaderCellKind Kind => HeaderCellKind.Separator;

    /// <inheritdoc/>
    public bool Triggers(char first) => first is '-' or '_' or '=' or '–' or '~' or '*' or '.';

    /// <inheritdoc/>
    public bool Matches(string text, string folded) => text.All(c => c is '-' or '_' or '=' or '–' or '~' or '*' or '.' or ' ');
}
