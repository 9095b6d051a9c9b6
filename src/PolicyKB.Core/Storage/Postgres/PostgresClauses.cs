using Npgsql;
using NpgsqlTypes;
using PolicyKB.Documents;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// A document's clauses as rows of <c>clauses</c>, one per clause in document order (<c>position</c>), written with
/// binary COPY: a plan has hundreds of clauses, and one COPY costs about what one INSERT does.
/// </summary>
internal static class PostgresClauses
{
    private const string Columns =
        "document_id, position, id, parent_id, label, display_label, heading, text, kind, path, child_ids, previous_id, next_id, line_start, line_end, clause_order";

    /// <summary>Replaces the clauses of <paramref name="documentId"/> (inside the document's transaction).</summary>
    public static void Replace(NpgsqlConnection connection, string documentId, IReadOnlyList<Clause> clauses)
    {
        using (var delete = new NpgsqlCommand("DELETE FROM clauses WHERE document_id = @d", connection))
        {
            delete.Parameters.AddWithValue("d", documentId);
            delete.ExecuteNonQuery();
        }
        if (clauses.Count == 0) return;
        using var import = connection.BeginBinaryImport($"COPY clauses ({Columns}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            import.StartRow();
            import.Write(documentId, NpgsqlDbType.Text);
            import.Write(i, NpgsqlDbType.Integer);
            import.Write(c.Id, NpgsqlDbType.Text);
            WriteNullable(import, c.ParentId);
            import.Write(c.Label, NpgsqlDbType.Text);
            import.Write(c.DisplayLabel, NpgsqlDbType.Text);
            import.Write(c.Heading, NpgsqlDbType.Text);
            import.Write(c.Text, NpgsqlDbType.Text);
            import.Write((int)c.Kind, NpgsqlDbType.Integer);
            import.Write(c.Path.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            import.Write(c.ChildIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            WriteNullable(import, c.PreviousId);
            WriteNullable(import, c.NextId);
            import.Write(c.LineStart, NpgsqlDbType.Integer);
            import.Write(c.LineEnd, NpgsqlDbType.Integer);
            import.Write(c.Order, NpgsqlDbType.Integer);
        }
        import.Complete();
    }

    /// <summary>The clauses of <paramref name="documentId"/> in document order; with <paramref name="clauseId"/>, that one only.</summary>
    public static List<Clause> Read(NpgsqlConnection connection, string documentId, string? clauseId = null)
    {
        var sql = $"SELECT {Columns} FROM clauses WHERE document_id = @d" + (clauseId is null ? "" : " AND id = @c") + " ORDER BY position";
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("d", documentId);
        if (clauseId is not null) command.Parameters.AddWithValue("c", clauseId);
        using var reader = command.ExecuteReader();
        var clauses = new List<Clause>();
        while (reader.Read())
        {
            clauses.Add(new Clause
            {
                DocumentId = documentId,
                Id = reader.GetString(2),
                ParentId = NullableString(reader, 3),
                Label = reader.GetString(4),
                DisplayLabel = reader.GetString(5),
                Heading = reader.GetString(6),
                Text = reader.GetString(7),
                Kind = (ClauseKind)reader.GetInt32(8),
                Path = [.. reader.GetFieldValue<string[]>(9)],
                ChildIds = [.. reader.GetFieldValue<string[]>(10)],
                PreviousId = NullableString(reader, 11),
                NextId = NullableString(reader, 12),
                LineStart = reader.GetInt32(13),
                LineEnd = reader.GetInt32(14),
                Order = reader.GetInt32(15),
            });
        }
        return clauses;
    }

    /// <summary>Writes a text value or NULL.</summary>
    public static void WriteNullable(NpgsqlBinaryImporter import, string? value)
    {
        if (value is null) import.WriteNull();
        else import.Write(value, NpgsqlDbType.Text);
    }

    /// <summary>Reads a text column that may be NULL.</summary>
    public static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// Each document's <c>{id}/title</c> clause and its first other clause holding a non-space character (position
    /// order): the primary key (document_id, position) makes it one short index scan per document.
    /// </summary>
    public static IReadOnlyList<LeadingClauses> ReadLeading(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT d.id, d.content_hash,
                   (SELECT t.id FROM clauses t WHERE t.document_id = d.id AND t.id = d.id || '/title' LIMIT 1),
                   f.id, f.text
            FROM documents d
            LEFT JOIN LATERAL (
                SELECT c.id, c.text FROM clauses c
                WHERE c.document_id = d.id AND c.id <> d.id || '/title' AND c.text ~ '\S'
                ORDER BY c.position LIMIT 1) f ON true
            """, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<LeadingClauses>();
        while (reader.Read())
        {
            rows.Add(new LeadingClauses(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), NullableString(reader, 4)));
        }
        return rows;
    }
}
