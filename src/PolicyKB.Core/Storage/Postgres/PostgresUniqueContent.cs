using Npgsql;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// The rule that one set of bytes is one document, enforced by a unique index on <c>documents.content_hash</c>: two
/// nodes taking the same bytes under two file names at the same instant both find no twin, and without the index both
/// would insert. Not a numbered migration, because a database written before the index may already hold such twins:
/// they are kept (removing a document is the user's call) and reported, and every open tries again, so the index
/// appears on the first start after the surplus documents are removed.
/// </summary>
internal static class PostgresUniqueContent
{
    /// <summary>Name of the unique index; a violation naming it is a twin committed first by another writer.</summary>
    public const string IndexName = "documents_content_hash_unique";

    /// <summary>
    /// Creates the unique index when it is missing and the documents allow it (dropping the plain index it replaces);
    /// returns the groups of document ids that share their bytes and keep it from being created (empty when enforced).
    /// Runs inside the migration transaction, under its advisory lock.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Ensure(NpgsqlConnection connection)
    {
        using (var exists = new NpgsqlCommand($"SELECT to_regclass('{IndexName}') IS NOT NULL", connection))
        {
            if ((bool)exists.ExecuteScalar()!) return [];
        }
        var twins = FindTwins(connection);
        if (twins.Count > 0) return twins;
        using var create = new NpgsqlCommand(
            $"CREATE UNIQUE INDEX {IndexName} ON documents (content_hash); DROP INDEX IF EXISTS documents_content_hash", connection);
        create.ExecuteNonQuery();
        return [];
    }

    /// <summary>The ids of documents sharing their content hash, one ordered group per hash.</summary>
    private static List<IReadOnlyList<string>> FindTwins(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT array_agg(id ORDER BY id COLLATE "C") FROM documents
            GROUP BY content_hash HAVING count(*) > 1 ORDER BY min(id COLLATE "C")
            """, connection);
        using var reader = command.ExecuteReader();
        var groups = new List<IReadOnlyList<string>>();
        while (reader.Read()) groups.Add(reader.GetFieldValue<string[]>(0));
        return groups;
    }
}
