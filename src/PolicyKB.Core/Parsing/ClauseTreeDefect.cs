namespace PolicyKB.Parsing;

/// <summary>One structural defect of a clause tree: its class and the clause where it shows.</summary>
public sealed record ClauseTreeDefect(string Class, string ClauseId, string Detail);
