namespace PolicyKB.Tests.Support;

/// <summary>One input → expected example of a Markdown spec file.</summary>
/// <param name="Name">Unique name: section heading, running number and line, e.g. "Numbered forms #3 (line 42)".</param>
/// <param name="Input">The example input (text before the lone "." line).</param>
/// <param name="Expected">The expected dump (text after the lone "." line).</param>
public sealed record SpecExample(string Name, string Input, string Expected);
