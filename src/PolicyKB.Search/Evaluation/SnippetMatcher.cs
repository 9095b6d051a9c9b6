using PolicyKB.Text;

namespace PolicyKB.Search.Evaluation;

/// <summary>
/// Decides whether a hit contains a judged snippet. Both sides go through the same repair ingestion applies
/// (<see cref="VietnameseText.Normalize"/>: NFC, look-alike letters, dashes, spaces), then lower case, so a snippet
/// copied from a PDF with a damaged font or a line break still matches the stored clause.
/// </summary>
public static class SnippetMatcher
{
    /// <summary>The comparable form of a text: normalised, spaces collapsed, lower case (invariant culture).</summary>
    public static string Fold(string? text) => VietnameseText.Normalize(text).ToLowerInvariant();

    /// <summary>True when the hit comes from the snippet's source and its folded text contains the folded snippet.</summary>
    public static bool Matches(RankedHit hit, RelevantSnippet snippet) =>
        Matches(hit.Source, Fold(hit.Text), snippet.Source, Fold(snippet.Snippet));

    /// <summary>The same test over already folded texts (the evaluator folds each hit once).</summary>
    public static bool Matches(string hitSource, string foldedHitText, string snippetSource, string foldedSnippet) =>
        foldedSnippet.Length > 0
        && string.Equals(hitSource, snippetSource, StringComparison.OrdinalIgnoreCase)
        && foldedHitText.Contains(foldedSnippet, StringComparison.Ordinal);
}
