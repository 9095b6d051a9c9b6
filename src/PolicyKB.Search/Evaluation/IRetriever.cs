namespace PolicyKB.Search.Evaluation;

/// <summary>A system under evaluation: PolicyKB's search in one mode, or a baseline over the same clauses.</summary>
public interface IRetriever
{
    /// <summary>Name shown in reports ("hybrid", "sqlite-fts5").</summary>
    string Name { get; }

    /// <summary>How it is configured, for the report.</summary>
    string Description { get; }

    /// <summary>The best <paramref name="top"/> hits for <paramref name="query"/>, best first.</summary>
    Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default);
}
