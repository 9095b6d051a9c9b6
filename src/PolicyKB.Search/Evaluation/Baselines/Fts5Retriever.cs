namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>One query form over a shared <see cref="SqliteFts5Baseline"/> index, as a system under evaluation.</summary>
internal sealed class Fts5Retriever(SqliteFts5Baseline index, Fts5QueryForm form) : IRetriever
{
    /// <inheritdoc />
    public string Name => form == Fts5QueryForm.And ? "sqlite-fts5-and" : "sqlite-fts5-or";

    /// <inheritdoc />
    public string Description =>
        $"SQLite {index.SqliteVersion} FTS5 over heading, text, title; tokenize='{SqliteFts5Baseline.Tokenizer}', đ folded to d by hand; ORDER BY bm25(), query words quoted and {(form == Fts5QueryForm.And ? "AND-ed" : "OR-ed")}";

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.Search(query, top, form));
}
