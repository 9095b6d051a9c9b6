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

    /// <summary>
    /// The most words used from one query. A reader's question told with its story runs long (the everyday health
    /// questions of ../shared/train-extra: median 78 words, 62 % over 64) and often asks only at its end; 64 cut it
    /// off there. Chosen on the dev split of the everyday ↔ formal pairs, keyword MRR@10: 64 words 0.679, 128 0.710,
    /// 256 0.704 (tests/eval/rerank.md). Common words cost little however many there are (<see cref="CommonWordsQuery"/>).
    /// </summary>
    public const int MaxWords = 128;

    /// <summary>True when nothing searchable is left.</summary>
    public bool IsEmpty => Words.Count == 0;
}
