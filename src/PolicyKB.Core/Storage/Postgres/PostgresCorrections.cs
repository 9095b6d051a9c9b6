using Npgsql;
using PolicyKB.Corrections;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// The metadata corrections in <c>metadata_corrections</c>, in the order made (bigserial id): the audit trail, kept
/// when a layout change empties the documents, so documents read again from their originals get them back.
/// </summary>
internal static class PostgresCorrections
{
    /// <summary>Adds corrections (inside the document's transaction).</summary>
    public static void Add(NpgsqlConnection connection, IReadOnlyList<MetadataCorrection> corrections)
    {
        foreach (var c in corrections)
        {
            using var command = new NpgsqlCommand(
                """
                INSERT INTO metadata_corrections (document_id, content_hash, field, old_value, new_value, corrected_by, corrected_at)
                VALUES (@d, @h, @f, @o, @n, @b, @a)
                """, connection);
            command.Parameters.AddWithValue("d", c.DocumentId);
            command.Parameters.AddWithValue("h", c.ContentHash);
            command.Parameters.AddWithValue("f", c.Field);
            command.Parameters.AddWithValue("o", (object?)c.OldValue ?? DBNull.Value);
            command.Parameters.AddWithValue("n", (object?)c.NewValue ?? DBNull.Value);
            command.Parameters.AddWithValue("b", c.CorrectedBy);
            // timestamptz keeps the instant (to the microsecond), not the offset: read back in UTC.
            command.Parameters.AddWithValue("a", c.CorrectedAt.ToUniversalTime());
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Corrections made to these bytes, or also to this document when <paramref name="documentId"/> is given, in the order made.</summary>
    public static List<MetadataCorrection> Find(NpgsqlConnection connection, string? documentId, string contentHash)
    {
        var where = documentId is null ? "content_hash = @h" : "content_hash = @h OR document_id = @d";
        using var command = new NpgsqlCommand(
            $"SELECT document_id, content_hash, field, old_value, new_value, corrected_by, corrected_at FROM metadata_corrections WHERE {where} ORDER BY id",
            connection);
        command.Parameters.AddWithValue("h", contentHash);
        if (documentId is not null) command.Parameters.AddWithValue("d", documentId);
        using var reader = command.ExecuteReader();
        var found = new List<MetadataCorrection>();
        while (reader.Read())
        {
            found.Add(new MetadataCorrection(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), PostgresClauses.NullableString(reader, 3),
                PostgresClauses.NullableString(reader, 4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return found;
    }
}
