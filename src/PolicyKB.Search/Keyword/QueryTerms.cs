namespace PolicyKB.Search.Keyword;

/// <summary>
/// A user's query read as words and quoted phrases. Quotes that do not close, operators and punctuation are
/// read as plain text rather than rejected: officials type what they type.
/// </summary>
/// <param name="Words">Every word in order (inside and outside phrases), NFC lowercase as typed.</param>
/// <param name="Phrases">The quoted phrases, each as its words.</param>
public sealed record QueryTerms(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>The most words used from one query.</summary>
    public const int MaxWords = 64;

    /// <summary>True when nothing searchable is left.</summary>
    public bool IsEmpty => Words.Count == 0;
}
