using PolicyKB.Documents;

namespace PolicyKB.Parsing;

/// <summary>What a heading rule recognised at the start of a line.</summary>
/// <param name="Style">Numbering style, which decides nesting.</param>
/// <param name="Kind">Kind of clause the heading opens.</param>
/// <param name="Label">Label for ids and breadcrumbs ("III", "2", "1.1", "b", "D5", "C2", "PL1").</param>
/// <param name="DisplayLabel">Label as printed ("III.", "2.", "b)", "Điều 5.").</param>
/// <param name="Rest">The text after the label.</param>
/// <param name="IsWeak">
/// True when the label is followed by a lowercase word ("1.2 của Kế hoạch…"): such a line is a heading
/// only where a new paragraph may start, never inside a wrapped sentence.
/// </param>
public sealed record HeadingMatch(HeadingStyle Style, ClauseKind Kind, string Label, string DisplayLabel, string Rest, bool IsWeak)
{
    /// <summary>True when the heading's title is printed on the following line(s) ("Chương I" / "QUY ĐỊNH CHUNG").</summary>
    public bool TitleOnNextLine => Rest.Length == 0 && Style is HeadingStyle.Part or HeadingStyle.Chapter or HeadingStyle.LegalSection or HeadingStyle.Appendix;
}
