namespace PolicyKB.Documents;

/// <summary>Where a source line starts inside a clause's text: hard-wrapped lines are joined into one paragraph.</summary>
/// <param name="Offset">Character offset in the clause text where the line's text begins.</param>
/// <param name="Line">The source line number.</param>
public readonly record struct LineOffset(int Offset, int Line);
