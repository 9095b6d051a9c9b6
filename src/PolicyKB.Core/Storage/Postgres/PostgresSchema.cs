using Npgsql;
using PolicyKB.Documents;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, applied in order at start under an advisory lock, so two nodes
/// starting at once on an empty database apply each migration exactly once (the second waits, then finds it done).
/// A migration is never edited once released: a change is a new entry at the end of <see cref="Migrations"/>.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Advisory lock key held while migrating ("PKBMIGR" as a number; any constant unique to PolicyKB).</summary>
    public const long MigrationLock = 0x504B_424D_4947_52;

    /// <summary>The migrations; index + 1 is the version recorded in schema_version.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE store_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE documents (
            id text PRIMARY KEY, content_hash text NOT NULL, source text NOT NULL, number text,
            body jsonb NOT NULL, ingested_at timestamptz NOT NULL);
        CREATE INDEX documents_content_hash ON documents (content_hash);
        CREATE INDEX documents_source ON documents (source);
        CREATE INDEX documents_number ON documents (number) WHERE number IS NOT NULL;
        CREATE TABLE clauses (
            document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE, position int NOT NULL, id text NOT NULL,
            parent_id text, label text NOT NULL, display_label text NOT NULL, heading text NOT NULL, text text NOT NULL,
            kind int NOT NULL, path text[] NOT NULL, child_ids text[] NOT NULL, previous_id text, next_id text,
            line_start int NOT NULL, line_end int NOT NULL, clause_order int NOT NULL,
            PRIMARY KEY (document_id, position));
        CREATE INDEX clauses_id ON clauses (id);
        CREATE TABLE citations (
            document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE, position int NOT NULL,
            clause_id text NOT NULL, raw text NOT NULL, start int NOT NULL, length int NOT NULL, key text NOT NULL,
            type text, number text, date text, issuer text, name text, basis boolean NOT NULL,
            line_start int NOT NULL, line_end int NOT NULL, target_document_id text,
            PRIMARY KEY (document_id, position));
        CREATE INDEX citations_key ON citations (key);
        CREATE INDEX citations_target ON citations (target_document_id) WHERE target_document_id IS NOT NULL;
        CREATE TABLE facts (document_id text PRIMARY KEY, body jsonb NOT NULL);
        CREATE TABLE originals (
            document_id text PRIMARY KEY, file_name text NOT NULL, origin text, content_hash text NOT NULL,
            bytes bigint NOT NULL, content bytea NOT NULL);
        CREATE TABLE metadata_corrections (
            id bigserial PRIMARY KEY, document_id text NOT NULL, content_hash text NOT NULL, field text NOT NULL,
            old_value text, new_value text, corrected_by text NOT NULL, corrected_at timestamptz NOT NULL);
        CREATE INDEX metadata_corrections_document ON metadata_corrections (document_id);
        CREATE INDEX metadata_corrections_hash ON metadata_corrections (content_hash);
        CREATE TABLE changes (
            seq bigserial PRIMARY KEY, document_id text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('upsert', 'delete')), at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX changes_at ON changes (at);
        """,
        // 2: chat sessions, shared so that a follow-up reaching another node continues the conversation.
        """
        CREATE TABLE chat_sessions (id text PRIMARY KEY, touched_at timestamptz NOT NULL);
        CREATE INDEX chat_sessions_touched ON chat_sessions (touched_at);
        CREATE TABLE chat_turns (
            id bigserial PRIMARY KEY, session_id text NOT NULL REFERENCES chat_sessions (id) ON DELETE CASCADE,
            question text NOT NULL, resolved_question text, answer text NOT NULL, at timestamptz NOT NULL);
        CREATE INDEX chat_turns_session ON chat_turns (session_id, id);
        """,
        // 3: the clauses a turn's answer quoted, from which a short follow-up is first answered (CitedFollowUp).
        "ALTER TABLE chat_turns ADD COLUMN cited_clause_ids text[];",
    ];

    /// <summary>
    /// Applies the migrations not yet applied, enforces one document per content (<see cref="PostgresUniqueContent"/>) and
    /// checks the document layout. Reset is true when the database held documents of another layout, which were removed
    /// (originals and corrections kept) to be read again, as the LiteDB store does; Twins lists the documents sharing
    /// their bytes that keep the unique index from being created (empty when it is enforced).
    /// </summary>
    public static (bool Reset, IReadOnlyList<IReadOnlyList<string>> Twins) Apply(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using (var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection))
        {
            var applied = Convert.ToInt32(current.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = applied + 1; version <= Migrations.Count; version++)
            {
                Execute(connection, Migrations[version - 1]);
                Execute(connection, $"INSERT INTO schema_version (version) VALUES ({version})");
            }
        }
        // Before the layout check: twins kept from before the index are read again as they were (a re-read keeps each
        // document's id), and would otherwise meet an index created over the emptied table.
        var twins = PostgresUniqueContent.Ensure(connection);
        var reset = CheckLayout(connection);
        transaction.Commit();
        return (reset, twins);
    }

    private static bool CheckLayout(NpgsqlConnection connection)
    {
        using var read = new NpgsqlCommand("SELECT value FROM store_meta WHERE key = 'document_layout'", connection);
        var stored = read.ExecuteScalar() as string;
        var current = PolicyDocument.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (stored == current) return false;
        // Followers must drop what they indexed from the old layout; the documents come back as upserts when read again.
        // Appended under the change-log lock like every write, so these changes too commit in sequence order.
        Execute(connection, $"SELECT pg_advisory_xact_lock({PostgresDatabase.ChangeLogLock})");
        Execute(connection, "INSERT INTO changes (document_id, kind) SELECT id, 'delete' FROM documents ORDER BY id");
        Execute(connection, "DELETE FROM documents; DELETE FROM facts");
        using var write = new NpgsqlCommand(
            "INSERT INTO store_meta (key, value) VALUES ('document_layout', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", connection);
        write.Parameters.AddWithValue("v", current);
        write.ExecuteNonQuery();
        return stored is not null;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
