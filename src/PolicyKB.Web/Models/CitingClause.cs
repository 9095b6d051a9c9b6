namespace PolicyKB.Web.Models;

/// <summary>A clause citing a key, with the span of the citation in its text.</summary>
/// <param name="ClauseId">Clause id.</param>
/// <param name="Path">Ancestor labels, outermost first.</param>
/// <param name="Label">The clause's label.</param>
/// <param name="Heading">Heading, or empty.</param>
/// <param name="Text">The clause's text.</param>
/// <param name="Raw">The citation as printed.</param>
/// <param name="Start">Offset of the citation in <paramref name="Text"/>.</param>
/// <param name="Length">Length of the citation.</param>
/// <param name="Basis">True when cited as legal basis.</param>
public sealed record CitingClause(
    string ClauseId, IReadOnlyList<string> Path, string Label, string Heading, string Text, string Raw, int Start, int Length, bool Basis);
