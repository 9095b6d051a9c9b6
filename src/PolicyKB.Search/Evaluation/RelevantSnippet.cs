namespace PolicyKB.Search.Evaluation;

/// <summary>One relevance judgement: a clause of <paramref name="Source"/> whose text contains <paramref name="Snippet"/> answers the query.</summary>
/// <param name="Source">The document's file name, as <c>policykb documents</c> shows it ("son-duong-2021-cong-tac-y-te-huyen.txt").</param>
/// <param name="Snippet">Text copied from the clause; compared after <see cref="SnippetMatcher.Fold"/>.</param>
public sealed record RelevantSnippet(string Source, string Snippet);
