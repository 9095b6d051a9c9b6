using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// Documents and their facts: the look-up keys as columns (id, content hash, file name, number), the rest as jsonb
/// read and written whole.
/// </summary>
internal static class PostgresDocuments
{
    /// <summary>
    /// Inserts or replaces a document (first in its transaction: the row lock it takes makes two nodes writing the same
    /// id wait for each other instead of interleaving clause rows). With <paramref name="onlyIfStored"/>, updates only.
    /// </summary>
    public static bool Upsert(NpgsqlConnection connection, PolicyDocument document, bool onlyIfStored = false)
    {
        var sql = onlyIfStored
            ? "UPDATE documents SET content_hash = @hash, source = @source, number = @number, body = @body, ingested_at = @at WHERE id = @id"
            : """
              INSERT INTO documents (id, content_hash, source, number, body, ingested_at) VALUES (@id, @hash, @source, @number, @body, @at)
              ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, source = excluded.source, number = excluded.number,
                  body = excluded.body, ingested_at = excluded.ingested_at
              """;
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", document.Id);
        command.Parameters.AddWithValue("hash", document.ContentHash);
        command.Parameters.AddWithValue("source", document.Source);
        command.Parameters.AddWithValue("number", (object?)document.Metadata.Number ?? DBNull.Value);
        command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(document, PostgresJson.Options));
        command.Parameters.AddWithValue("at", document.IngestedAt.ToUniversalTime());
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Documents matching <paramref name="where"/> (SQL over the documents table, parameter @v), ordered by id (ordinal).</summary>
    public static List<PolicyDocument> Find(NpgsqlConnection connection, string? where = null, string? value = null)
    {
        using var command = new NpgsqlCommand("SELECT body FROM documents" + (where is null ? "" : " WHERE " + where) + " ORDER BY id COLLATE \"C\"", connection);
        if (value is not null) command.Parameters.AddWithValue("v", value);
        using var reader = command.ExecuteReader();
        var documents = new List<PolicyDocument>();
        while (reader.Read()) documents.Add(JsonSerializer.Deserialize<PolicyDocument>(reader.GetString(0), PostgresJson.Options)!);
        return documents;
    }

    /// <summary>Deletes a document (its clauses and citations follow by cascade) and its facts; false when it was not stored.</summary>
    public static bool Delete(NpgsqlConnection connection, string documentId)
    {
        var affected = 0;
        foreach (var sql in (string[])[
            "DELETE FROM facts WHERE document_id = @id",
            "DELETE FROM originals WHERE document_id = @id",
            // Citations that pointed at the removed document no longer have a target in the knowledge base.
            "UPDATE citations SET target_document_id = NULL WHERE target_document_id = @id",
            "DELETE FROM documents WHERE id = @id"])
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", documentId);
            affected = command.ExecuteNonQuery();
        }
        return affected > 0;
    }

    /// <summary>Stores (or, when null, deletes) the facts of a document.</summary>
    public static void PutFacts(NpgsqlConnection connection, string documentId, DocumentFacts? facts)
    {
        using var command = new NpgsqlCommand(
            facts is null
                ? "DELETE FROM facts WHERE document_id = @id"
                : "INSERT INTO facts (document_id, body) VALUES (@id, @body) ON CONFLICT (document_id) DO UPDATE SET body = excluded.body",
            connection);
        command.Parameters.AddWithValue("id", documentId);
        if (facts is not null) command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(facts, PostgresJson.Options));
        command.ExecuteNonQuery();
    }

    /// <summary>The facts of one document (or of all, ordered by document id), as stored.</summary>
    public static List<DocumentFacts> FindFacts(NpgsqlConnection connection, string? documentId)
    {
        using var command = new NpgsqlCommand(
            "SELECT document_id, body FROM facts" + (documentId is null ? "" : " WHERE document_id = @id") + " ORDER BY document_id COLLATE \"C\"", connection);
        if (documentId is not null) command.Parameters.AddWithValue("id", documentId);
        using var reader = command.ExecuteReader();
        var found = new List<DocumentFacts>();
        while (reader.Read())
        {
            var facts = JsonSerializer.Deserialize<DocumentFacts>(reader.GetString(1), PostgresJson.Options)!;
            facts.DocumentId = reader.GetString(0);
            found.Add(facts);
        }
        return found;
    }
}
