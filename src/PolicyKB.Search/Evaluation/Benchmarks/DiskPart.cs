namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One part of a data folder on disk.</summary>
/// <param name="Area">litedb, lucene, vectors, other, or fts5 (the baseline).</param>
/// <param name="Name">What the bytes hold.</param>
/// <param name="Bytes">Their size.</param>
public sealed record DiskPart(string Area, string Name, long Bytes);
