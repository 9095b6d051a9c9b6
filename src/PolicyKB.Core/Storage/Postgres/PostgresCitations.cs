using Npgsql;
using NpgsqlTypes;
using PolicyKB.Documents;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// Citations as rows of <c>citations</c>, in the citing document's order (<c>position</c>), indexed by key: "who cites
/// this document?" is one index look-up, and linking targets is one UPDATE across the table.
/// </summary>
internal static class PostgresCitations
{
    private const string Columns =
        "document_id, position, clause_id, raw, start, length, key, type, number, date, issuer, name, basis, line_start, line_end, target_document_id";

    /// <summary>Advisory lock serialising <see cref="LinkTargets"/> between nodes (two full-table UPDATEs could deadlock).</summary>
    private const long LinkLock = 0x504B_424C_494E_4B;

    /// <summary>Replaces the citations of <paramref name="documentId"/> (inside the document's transaction).</summary>
    public static void Replace(NpgsqlConnection connection, string documentId, IReadOnlyList<Citation> citations)
    {
        using (var delete = new NpgsqlCommand("DELETE FROM citations WHERE document_id = @d", connection))
        {
            delete.Parameters.AddWithValue("d", documentId);
            delete.ExecuteNonQuery();
        }
        if (citations.Count == 0) return;
        using var import = connection.BeginBinaryImport($"COPY citations ({Columns}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            import.StartRow();
            import.Write(documentId, NpgsqlDbType.Text);
            import.Write(i, NpgsqlDbType.Integer);
            import.Write(c.ClauseId, NpgsqlDbType.Text);
            import.Write(c.Raw, NpgsqlDbType.Text);
            import.Write(c.Start, NpgsqlDbType.Integer);
            import.Write(c.Length, NpgsqlDbType.Integer);
            import.Write(c.Key, NpgsqlDbType.Text);
            foreach (var value in (string?[])[c.Type, c.Number, c.Date, c.Issuer, c.Name]) PostgresClauses.WriteNullable(import, value);
            import.Write(c.Basis, NpgsqlDbType.Boolean);
            import.Write(c.LineStart, NpgsqlDbType.Integer);
            import.Write(c.LineEnd, NpgsqlDbType.Integer);
            PostgresClauses.WriteNullable(import, c.TargetDocumentId);
        }
        import.Complete();
    }

    /// <summary>Citations filtered by citing document and/or key, in document (ordinal id) and position order.</summary>
    public static List<Citation> Find(NpgsqlConnection connection, string? documentId, string? key)
    {
        var where = (documentId, key) switch
        {
            (null, null) => "",
            (not null, null) => " WHERE document_id = @d",
            (null, not null) => " WHERE key = @k",
            _ => " WHERE document_id = @d AND key = @k",
        };
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM citations{where} ORDER BY document_id COLLATE \"C\", position", connection);
        if (documentId is not null) command.Parameters.AddWithValue("d", documentId);
        if (key is not null) command.Parameters.AddWithValue("k", key);
        using var reader = command.ExecuteReader();
        var citations = new List<Citation>();
        while (reader.Read())
        {
            citations.Add(new Citation
            {
                DocumentId = reader.GetString(0), ClauseId = reader.GetString(2), Raw = reader.GetString(3), Start = reader.GetInt32(4),
                Length = reader.GetInt32(5), Key = reader.GetString(6), Type = PostgresClauses.NullableString(reader, 7),
                Number = PostgresClauses.NullableString(reader, 8), Date = PostgresClauses.NullableString(reader, 9),
                Issuer = PostgresClauses.NullableString(reader, 10), Name = PostgresClauses.NullableString(reader, 11),
                Basis = reader.GetBoolean(12), LineStart = reader.GetInt32(13), LineEnd = reader.GetInt32(14),
                TargetDocumentId = PostgresClauses.NullableString(reader, 15),
            });
        }
        return citations;
    }

    /// <summary>
    /// Points each citation at the stored document whose number is its key (the first such by id; never the citing
    /// document itself), clearing targets that no longer match; the number of citing documents changed.
    /// </summary>
    public static int LinkTargets(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            """
            WITH numbers AS (
                SELECT number, min(id COLLATE "C") AS id FROM documents WHERE number IS NOT NULL AND number <> '' GROUP BY number),
            wanted AS (
                SELECT c.document_id, c.position,
                       CASE WHEN c.number IS NOT NULL AND n.id IS NOT NULL AND n.id <> c.document_id THEN n.id END AS target
                FROM citations c LEFT JOIN numbers n ON n.number = c.key),
            changed AS (
                UPDATE citations c SET target_document_id = w.target FROM wanted w
                WHERE c.document_id = w.document_id AND c.position = w.position AND c.target_document_id IS DISTINCT FROM w.target
                RETURNING c.document_id)
            SELECT count(DISTINCT document_id)::int FROM changed;
            """, connection);
        using var transaction = connection.BeginTransaction();
        using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LinkLock})", connection)) lockCommand.ExecuteNonQuery();
        var changed = (int)command.ExecuteScalar()!;
        transaction.Commit();
        return changed;
    }
}
