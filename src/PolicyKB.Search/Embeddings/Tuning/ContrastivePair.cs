namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>A short query-like text and the passage it should land near (a heading and its clause, an everyday and a formal question, two thesaurus expressions).</summary>
/// <param name="Query">The query side.</param>
/// <param name="Passage">The passage side.</param>
/// <param name="Source">Where the pair came from ("heading", "pairs", "thesaurus"), for reports.</param>
public sealed record ContrastivePair(string Query, string Passage, string Source);
