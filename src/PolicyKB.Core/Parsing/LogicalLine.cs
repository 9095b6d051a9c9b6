using PolicyKB.Decoding;

namespace PolicyKB.Parsing;

/// <summary>A paragraph after hard wraps are joined: one heading line or one run of body text.</summary>
/// <param name="Text">The joined text.</param>
/// <param name="LineStart">First source line.</param>
/// <param name="LineEnd">Last source line.</param>
/// <param name="Heading">The heading recognised at its start, if any.</param>
/// <param name="Style">Layout hints of its first line.</param>
public sealed record LogicalLine(string Text, int LineStart, int LineEnd, HeadingMatch? Heading, LineStyle Style)
{
    /// <summary>Where each joined source line after the first begins in <see cref="Text"/> (empty for a single line).</summary>
    public IReadOnlyList<Documents.LineOffset> Joins { get; init; } = [];
}
