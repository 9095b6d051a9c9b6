using System.IO.Compression;
using Npgsql;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// Original files as Brotli-compressed bytea in <c>originals</c>, one per document id, written in the document's own
/// transaction: a document is never stored without the file it can be read again from, on any node, and a database
/// backup holds everything (docs/scale-out.md explains why not a shared file store).
/// </summary>
internal static class PostgresOriginals
{
    /// <summary>Stores or replaces the original of a document (inside the document's transaction).</summary>
    public static void Put(NpgsqlConnection connection, OriginalFile file)
    {
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true)) brotli.Write(file.Content);
        using var command = new NpgsqlCommand(
            """
            INSERT INTO originals (document_id, file_name, origin, content_hash, bytes, content) VALUES (@id, @name, @origin, @hash, @bytes, @content)
            ON CONFLICT (document_id) DO UPDATE SET file_name = excluded.file_name, origin = excluded.origin,
                content_hash = excluded.content_hash, bytes = excluded.bytes, content = excluded.content
            """, connection);
        command.Parameters.AddWithValue("id", file.DocumentId);
        command.Parameters.AddWithValue("name", file.FileName);
        command.Parameters.AddWithValue("origin", (object?)file.Origin ?? DBNull.Value);
        command.Parameters.AddWithValue("hash", file.ContentHash);
        command.Parameters.AddWithValue("bytes", file.Content.LongLength);
        command.Parameters.AddWithValue("content", packed.ToArray());
        command.ExecuteNonQuery();
    }

    /// <summary>The original of <paramref name="documentId"/>, or null when none is kept.</summary>
    public static OriginalFile? Get(NpgsqlConnection connection, string documentId)
    {
        using var command = new NpgsqlCommand("SELECT file_name, origin, content_hash, content FROM originals WHERE document_id = @id", connection);
        command.Parameters.AddWithValue("id", documentId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        using var packed = new MemoryStream(reader.GetFieldValue<byte[]>(3));
        using var content = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionMode.Decompress)) brotli.CopyTo(content);
        return new OriginalFile(documentId, reader.GetString(0), PostgresClauses.NullableString(reader, 1), reader.GetString(2), content.ToArray());
    }

    /// <summary>Ids of kept originals whose document is not stored, ordered by id.</summary>
    public static List<string> FindUnread(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT o.document_id FROM originals o WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = o.document_id) ORDER BY o.document_id COLLATE \"C\"",
            connection);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
