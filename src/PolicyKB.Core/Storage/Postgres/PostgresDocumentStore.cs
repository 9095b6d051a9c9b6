using Npgsql;
using PolicyKB.Corrections;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// The document store in a PostgreSQL database shared by several PolicyKB nodes (docs/scale-out.md). The schema is
/// migrated on open; every write is one transaction that also appends to the <c>changes</c> log and NOTIFYs, so each
/// node can bring its own search indexes up to date. Nothing is cached in memory: another node may have written since.
/// Behaves as <see cref="LiteDbDocumentStore"/> for every member (one provider-agnostic test class checks both).
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private const string Upsert = "upsert";
    private const string Delete = "delete";

    private static readonly IReadOnlyList<(string, string)> NoChanges = [];

    private readonly PostgresDatabase _db;

    /// <summary>Connects with <paramref name="connectionString"/> and applies the schema migrations not yet applied.</summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached.</exception>
    public PostgresDocumentStore(string connectionString)
    {
        _db = new PostgresDatabase(connectionString);
        try
        {
            (SchemaReset, ContentTwins) = _db.Read(PostgresSchema.Apply);
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    /// <summary>True when the database held documents of another layout, removed on open to be read again from their originals.</summary>
    public bool SchemaReset { get; }

    /// <summary>
    /// Groups of documents (ids) stored with the same bytes before one document per content was enforced; while any
    /// remain, the unique index on the content hash is not created (see the open's log). Empty when it is enforced.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ContentTwins { get; }

    /// <inheritdoc />
    public string? GetContentHash(string documentId) => _db.Read(c => Scalar(c, "SELECT content_hash FROM documents WHERE id = @v", documentId));

    /// <inheritdoc />
    /// <exception cref="ContentAlreadyStoredException">Another document (committed by another node) holds the same bytes.</exception>
    public void Replace(
        PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, DocumentFacts? facts = null,
        OriginalFile? original = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _db.Write(c =>
                {
                    PostgresDocuments.Upsert(c, document);
                    PostgresClauses.Replace(c, document.Id, clauses);
                    PostgresCitations.Replace(c, document.Id, citations);
                    PostgresDocuments.PutFacts(c, document.Id, facts);
                    if (original is not null) PostgresOriginals.Put(c, original);
                    return (true, Changed(document.Id, Upsert));
                });
                return;
            }
            catch (PostgresException ex) when (ex is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PostgresUniqueContent.IndexName })
            {
                // Rolled back whole. Two writers of one new document meet on the content index ("ON CONFLICT (id)" arbitrates
                // the id only): when these bytes are held by this very document, the retry is an update.
                if (attempt == 1 && FindByContentHash(document.ContentHash).Any(d => d.Id == document.Id)) continue;
                throw new ContentAlreadyStoredException(document.Id, document.ContentHash, ex);
            }
        }
    }

    /// <inheritdoc />
    public OriginalFile? GetOriginal(string documentId) => _db.Read(c => PostgresOriginals.Get(c, documentId));

    /// <inheritdoc />
    public IReadOnlyList<string> FindUnreadOriginals() => _db.Read(PostgresOriginals.FindUnread);

    /// <summary>
    /// Nothing to group: on PostgreSQL each document is its own transaction (a commit is one WAL flush), so a failing
    /// document never holds back or undoes another, and other nodes see each document as soon as it is stored.
    /// </summary>
    public IDisposable BeginBatch() => NoStoreBatch.Instance;

    /// <inheritdoc />
    public void Correct(PolicyDocument document, IReadOnlyList<MetadataCorrection> corrections, DocumentFacts? facts = null) => _db.Write(c =>
    {
        var stored = PostgresDocuments.Upsert(c, document, onlyIfStored: true);
        PostgresCorrections.Add(c, corrections);
        if (facts is not null) PostgresDocuments.PutFacts(c, document.Id, facts);
        return (stored, stored ? Changed(document.Id, Upsert) : []);
    });

    /// <inheritdoc />
    public IReadOnlyList<MetadataCorrection> GetCorrections(string documentId, string contentHash) =>
        _db.Read(c => PostgresCorrections.Find(c, documentId, contentHash));

    /// <inheritdoc />
    public IReadOnlyList<MetadataCorrection> GetCorrectionsForContent(string contentHash) => _db.Read(c => PostgresCorrections.Find(c, null, contentHash));

    /// <inheritdoc />
    public bool Remove(string documentId) => _db.Write(c =>
    {
        var removed = PostgresDocuments.Delete(c, documentId);
        return (removed, removed ? Changed(documentId, Delete) : []);
    });

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> ListDocuments() => _db.Read(c => PostgresDocuments.Find(c));

    /// <inheritdoc />
    public PolicyDocument? GetDocument(string documentId) => _db.Read(c => PostgresDocuments.Find(c, "id = @v", documentId)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> FindByContentHash(string contentHash) => _db.Read(c => PostgresDocuments.Find(c, "content_hash = @v", contentHash));

    /// <inheritdoc />
    public IReadOnlyList<PolicyDocument> FindBySource(string fileName) => _db.Read(c => PostgresDocuments.Find(c, "source = @v", fileName));

    /// <inheritdoc />
    public IReadOnlyList<Clause> GetClauses(string documentId) => _db.Read(c => PostgresClauses.Read(c, documentId));

    /// <inheritdoc />
    public Clause? GetClause(string clauseId)
    {
        // Clause ids are "{documentId}/{label path}" and document ids never contain "/": the look-up uses the document's rows.
        var slash = clauseId.IndexOf('/');
        return slash <= 0 ? null : _db.Read(c => PostgresClauses.Read(c, clauseId[..slash], clauseId)).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<Citation> FindCitations(string? documentId = null, string? key = null) => _db.Read(c => PostgresCitations.Find(c, documentId, key));

    /// <inheritdoc />
    public IReadOnlyList<RelatedDocument> FindRelated(string documentId)
    {
        var shared = _db.Read(c =>
        {
            using var command = new NpgsqlCommand(
                """
                SELECT DISTINCT document_id, key FROM citations
                WHERE document_id <> @d AND key IN (SELECT key FROM citations WHERE document_id = @d)
                """, c);
            command.Parameters.AddWithValue("d", documentId);
            using var reader = command.ExecuteReader();
            var rows = new List<(string DocumentId, string Key)>();
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1)));
            return rows;
        });
        return shared.GroupBy(r => r.DocumentId, StringComparer.Ordinal)
            .Select(g => new RelatedDocument(g.Key, g.Select(r => r.Key).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.SharedKeys.Count).ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public DocumentFacts? GetFacts(string documentId) => _db.Read(c => PostgresDocuments.FindFacts(c, documentId)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<DocumentFacts> ListFacts() => _db.Read(c => PostgresDocuments.FindFacts(c, null));

    /// <inheritdoc />
    public int LinkCitationTargets() => _db.Read(PostgresCitations.LinkTargets);

    /// <summary>
    /// The sequence of the last change committed (0 when none): the head a follower catches up to. A log trimmed down
    /// to nothing still has its head at the trim point.
    /// </summary>
    public long HeadSequence() => _db.Read(c =>
    {
        using var command = new NpgsqlCommand(
            $"SELECT greatest((SELECT coalesce(max(seq), 0) FROM changes), (SELECT coalesce(max(value::bigint), 0) FROM store_meta WHERE key = '{PostgresChangeLog.TrimPointKey}'))", c);
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>The highest sequence trimmed from the change log (0 when never trimmed): a follower below it rebuilds from the store.</summary>
    public long TrimPoint() => _db.Read(PostgresChangeLog.TrimPoint);

    /// <summary>
    /// Deletes the changes <paramref name="retention"/> no longer keeps and records the trim point; returns how many
    /// went, or null when another node is trimming now (advisory lock: one node at a time).
    /// </summary>
    public int? TrimChanges(ChangeRetention retention, DateTimeOffset now) => _db.Write(c => (PostgresChangeLog.Trim(c, retention, now), NoChanges));

    /// <summary>
    /// Reads and writes this store has asked of PostgreSQL since it was opened: a path that must not touch the database
    /// (search on a node) is proven so by this count not moving.
    /// </summary>
    public long Requests => _db.Requests;

    /// <summary>
    /// For every stored document, its title clause and its first other clause with text, in one query: what a search
    /// naming the document by its number shows first, so that a node opening on the store knows them all without
    /// reading each document's clauses on a search.
    /// </summary>
    public IReadOnlyList<LeadingClauses> ListLeadingClauses() => _db.Read(PostgresClauses.ReadLeading);

    /// <summary>The ids of every stored document (a replica rebuild reads each again).</summary>
    public IReadOnlyList<string> DocumentIds() => _db.Read(c =>
    {
        using var command = new NpgsqlCommand("SELECT id FROM documents ORDER BY id", c);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    });

    /// <summary>Changes committed after <paramref name="afterSequence"/>, in sequence order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<StoreChange> ChangesAfter(long afterSequence, int limit = 1000) => _db.Read(c =>
    {
        using var command = new NpgsqlCommand("SELECT seq, document_id, kind, at FROM changes WHERE seq > @s ORDER BY seq LIMIT @n", c);
        command.Parameters.AddWithValue("s", afterSequence);
        command.Parameters.AddWithValue("n", limit);
        using var reader = command.ExecuteReader();
        var changes = new List<StoreChange>();
        while (reader.Read())
        {
            changes.Add(new StoreChange(reader.GetInt64(0), reader.GetString(1), reader.GetString(2) == Delete, reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return changes;
    });

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private static IReadOnlyList<(string, string)> Changed(string documentId, string kind) => [(documentId, kind)];

    private static string? Scalar(NpgsqlConnection connection, string sql, string value)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        return command.ExecuteScalar() as string;
    }
}
