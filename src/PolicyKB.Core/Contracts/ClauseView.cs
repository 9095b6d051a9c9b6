using PolicyKB.Documents;

namespace PolicyKB.Contracts;

/// <summary>A clause as listed by <c>policykb clauses DOCID --json</c> and the clauses API.</summary>
public sealed record ClauseView(
    string Id, string? ParentId, string Label, string Heading, IReadOnlyList<string> Path, string Text, string Kind,
    int LineStart, int LineEnd)
{
    /// <summary>The label as printed ("III.", "b)", "Điều 5.").</summary>
    public string DisplayLabel { get; init; } = "";

    /// <summary>Children ids in order.</summary>
    public IReadOnlyList<string> ChildIds { get; init; } = [];

    /// <summary>Previous sibling.</summary>
    public string? PreviousId { get; init; }

    /// <summary>Next sibling.</summary>
    public string? NextId { get; init; }

    /// <summary>Projects a stored clause.</summary>
    public static ClauseView From(Clause c) => new(
        c.Id, c.ParentId, c.Label, c.Heading, c.Path, c.Text, c.Kind.ToString().ToLowerInvariant(), c.LineStart, c.LineEnd)
    {
        DisplayLabel = c.DisplayLabel,
        ChildIds = c.ChildIds,
        PreviousId = c.PreviousId,
        NextId = c.NextId,
    };
}
