namespace PolicyKB.Parsing;

/// <summary>
/// Recognises one numbering style at the start of a line. Like Markdig's block parsers, each rule
/// declares cheap opening characters so most lines are rejected without running the rule.
/// </summary>
public interface IHeadingRule
{
    /// <summary>Characters a line must start with for this rule to be tried (after trimming).</summary>
    IReadOnlyList<char> OpeningCharacters { get; }

    /// <summary>Returns the match, or null when the line does not open a heading of this style. Never throws.</summary>
    HeadingMatch? TryMatch(string line);
}
