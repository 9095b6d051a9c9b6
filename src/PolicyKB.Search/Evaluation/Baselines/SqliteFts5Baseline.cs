using System.Text;
using Microsoft.Data.Sqlite;

namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>
/// Baseline (b): SQLite's full-text engine as many small apps would use it. An in-memory FTS5 table over the same
/// clause texts with the <c>unicode61</c> tokenizer and <c>remove_diacritics 2</c> (which also strips stacked marks
/// such as the two on "ệ"), ranked by FTS5's built-in <c>bm25()</c>; the query's words are quoted and OR-ed.
/// </summary>
public sealed class SqliteFts5Baseline : IRetriever, IDisposable
{
    /// <summary>The tokenizer configuration used (reported with the figures).</summary>
    public const string Tokenizer = "unicode61 remove_diacritics 2";

    private readonly SqliteConnection _connection;

    /// <summary>Indexes <paramref name="clauses"/> in an in-memory database.</summary>
    public SqliteFts5Baseline(IEnumerable<BaselineClause> clauses)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute($"CREATE VIRTUAL TABLE clauses USING fts5(source UNINDEXED, body, tokenize = '{Tokenizer}')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO clauses(source, body) VALUES ($source, $body)";
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var clause in clauses)
        {
            source.Value = clause.Source;
            body.Value = clause.Text;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        using var version = _connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        SqliteVersion = version.ExecuteScalar() as string ?? "?";
    }

    /// <summary>Version of the SQLite library in use.</summary>
    public string SqliteVersion { get; }

    /// <inheritdoc />
    public string Name => "sqlite-fts5";

    /// <inheritdoc />
    public string Description => $"SQLite {SqliteVersion} FTS5, tokenize='{Tokenizer}', ORDER BY bm25(), query words quoted and OR-ed";

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var match = MatchExpression(query);
        if (match.Length == 0) return Task.FromResult<IReadOnlyList<RankedHit>>([]);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT source, body FROM clauses WHERE clauses MATCH $match ORDER BY bm25(clauses) LIMIT $top";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$top", top);
        var hits = new List<RankedHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) hits.Add(new RankedHit(reader.GetString(0), reader.GetString(1)));
        return Task.FromResult<IReadOnlyList<RankedHit>>(hits);
    }

    /// <summary>
    /// The FTS5 query for free text: each run of letters and digits as a quoted string, OR-ed, so punctuation in
    /// a user's query ("281/QĐ-TTg", "?") never reaches the FTS5 query grammar.
    /// </summary>
    public static string MatchExpression(string query)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query.Normalize(NormalizationForm.FormC) + " ")
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0 && !words.Contains(current.ToString(), StringComparer.Ordinal)) words.Add(current.ToString());
            current.Clear();
        }
        return string.Join(" OR ", words.Select(w => "\"" + w + "\""));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
