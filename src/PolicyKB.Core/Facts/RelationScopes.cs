namespace PolicyKB.Facts;

/// <summary>Whether a relation touches the whole target or named parts of it.</summary>
public static class RelationScopes
{
    /// <summary>The whole document.</summary>
    public const string Whole = "whole";
    /// <summary>Named parts (articles, clauses, listed items, "các quy định về …").</summary>
    public const string Part = "part";
}
