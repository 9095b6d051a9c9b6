using System.Text;
using Microsoft.Data.Sqlite;

namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>
/// Baseline (b): SQLite's full-text engine as a peer would configure it. An FTS5 table over the same fields PolicyKB
/// searches (heading, text, title) with the <c>unicode61</c> tokenizer and <c>remove_diacritics 2</c> (which also
/// strips stacked marks such as the two on "ệ"), ranked by FTS5's built-in <c>bm25()</c>. The tokenizer leaves
/// "đ" alone (it is a letter, not a d with a mark), so "đ"/"Đ" are folded to "d" by hand at index and query time,
/// as anyone serving Vietnamese users without a Vietnamese keyboard would. The query's words are quoted and
/// combined as <see cref="Fts5QueryForm.And"/> (a search box's usual meaning) or <see cref="Fts5QueryForm.Or"/>.
/// </summary>
public sealed class SqliteFts5Baseline : IDisposable
{
    /// <summary>The tokenizer configuration used (reported with the figures).</summary>
    public const string Tokenizer = "unicode61 remove_diacritics 2";

    private readonly SqliteConnection _connection;
    private readonly string? _databasePath;

    /// <summary>Indexes <paramref name="clauses"/> in an in-memory database, or in the file <paramref name="databasePath"/> (replaced).</summary>
    public SqliteFts5Baseline(IEnumerable<BaselineClause> clauses, string? databasePath = null)
    {
        if (databasePath is not null && File.Exists(databasePath)) File.Delete(databasePath);
        _databasePath = databasePath;
        _connection = new SqliteConnection(databasePath is null ? "Data Source=:memory:" : $"Data Source={databasePath};Pooling=False");
        _connection.Open();
        // The original text lives once, in a plain table; the FTS5 index is contentless and fed the đ-folded
        // fields, as a peer folding by hand would do rather than store every clause twice.
        Execute("CREATE TABLE clause(source TEXT NOT NULL, body TEXT NOT NULL)");
        Execute($"CREATE VIRTUAL TABLE clauses USING fts5(heading, text, title, content = '', tokenize = '{Tokenizer}')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO clause(rowid, source, body) VALUES ($id, $source, $body); " +
            "INSERT INTO clauses(rowid, heading, text, title) VALUES ($id, $heading, $text, $title)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var heading = insert.Parameters.Add("$heading", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var count = 0;
        foreach (var clause in clauses)
        {
            id.Value = count + 1;
            source.Value = clause.Source;
            body.Value = clause.Text;
            heading.Value = FoldD(clause.Heading);
            text.Value = FoldD(clause.Text);
            title.Value = FoldD(clause.Title);
            insert.ExecuteNonQuery();
            count++;
        }
        transaction.Commit();
        Clauses = count;
        using var version = _connection.CreateCommand();
        version.CommandText = "SELECT sqlite_version()";
        SqliteVersion = version.ExecuteScalar() as string ?? "?";
    }

    private SqliteFts5Baseline(string databasePath, int clauses, string sqliteVersion)
    {
        _databasePath = databasePath;
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        Clauses = clauses;
        SqliteVersion = sqliteVersion;
    }

    /// <summary>
    /// Another read-only connection to the same file database, for one more concurrent client: a SQLite connection
    /// serves one thread at a time, so a peer's server would hold one per worker.
    /// </summary>
    public SqliteFts5Baseline OpenReader() =>
        new(_databasePath ?? throw new InvalidOperationException("an in-memory FTS5 database has no second connection"), Clauses, SqliteVersion);

    /// <summary>Version of the SQLite library in use.</summary>
    public string SqliteVersion { get; }

    /// <summary>Clauses indexed.</summary>
    public int Clauses { get; }

    /// <summary>This index queried in <paramref name="form"/>, as a system under evaluation.</summary>
    public IRetriever Retriever(Fts5QueryForm form) => new Fts5Retriever(this, form);

    /// <summary>The best <paramref name="top"/> clauses for <paramref name="query"/> in <paramref name="form"/>, by bm25().</summary>
    public IReadOnlyList<RankedHit> Search(string query, int top, Fts5QueryForm form)
    {
        var match = MatchExpression(query, form);
        if (match.Length == 0) return [];
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT c.source, c.body FROM (SELECT rowid, bm25(clauses) AS score FROM clauses WHERE clauses MATCH $match ORDER BY score LIMIT $top) m " +
            "JOIN clause c ON c.rowid = m.rowid ORDER BY m.score";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$top", top);
        var hits = new List<RankedHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) hits.Add(new RankedHit(reader.GetString(0), reader.GetString(1)));
        return hits;
    }

    /// <summary>
    /// The FTS5 query for free text: each run of letters and digits, đ folded to d, as a quoted string, so
    /// punctuation in a user's query ("281/QĐ-TTg", "?") never reaches the FTS5 query grammar; the strings are
    /// joined by spaces (FTS5's implicit AND) or by OR.
    /// </summary>
    public static string MatchExpression(string query, Fts5QueryForm form)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in FoldD(query.Normalize(NormalizationForm.FormC)) + " ")
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0 && !words.Contains(current.ToString(), StringComparer.Ordinal)) words.Add(current.ToString());
            current.Clear();
        }
        return string.Join(form == Fts5QueryForm.And ? " " : " OR ", words.Select(w => "\"" + w + "\""));
    }

    /// <summary>"đ" → "d", "Đ" → "D": the one Vietnamese letter unicode61's diacritic removal keeps.</summary>
    public static string FoldD(string text) => text.Replace('đ', 'd').Replace('Đ', 'D');

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
