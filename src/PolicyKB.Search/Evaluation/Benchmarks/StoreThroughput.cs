using System.Diagnostics;
using Npgsql;
using PolicyKB.Ingestion;
using PolicyKB.Search.Keyword;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Ingestion throughput with the document store in LiteDB and in PostgreSQL (<c>policykb bench-store</c>): the same
/// files through the whole pipeline (read, parse, store, index, embed) into a scratch knowledge base per engine, then
/// the stored documents written again into an empty store of each engine alone (one transaction per document, and for
/// LiteDB also in its bulk batches), so the store's own share is visible. PostgreSQL runs in a scratch database created and dropped on the given server.
/// </summary>
public sealed class StoreThroughput(IReadOnlyList<string> files, string postgresConnectionString, EmbeddingProvider? embeddings, SynonymTable synonyms)
{
    /// <summary>Runs both engines under <paramref name="scratch"/> (a folder deleted by the caller).</summary>
    public IReadOnlyList<StoreThroughputRun> Measure(string scratch, Action<string>? progress = null)
    {
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var database = "policykb_bench_" + Guid.NewGuid().ToString("N")[..12];
        var admin = new NpgsqlConnectionStringBuilder(postgresConnectionString) { Pooling = false };
        Execute(admin.ConnectionString, $"CREATE DATABASE {database}");
        var postgres = new NpgsqlConnectionStringBuilder(postgresConnectionString) { Database = database }.ConnectionString;
        try
        {
            var runs = new List<StoreThroughputRun>();
            progress?.Invoke("LiteDB: toàn bộ quy trình nạp");
            runs.Add(Pipeline(StoreProviderOptions.LiteDb, Path.Combine(scratch, "lite"), new StoreProviderOptions(), bytes));
            progress?.Invoke("PostgreSQL: toàn bộ quy trình nạp");
            runs.Add(Pipeline(StoreProviderOptions.Postgres, Path.Combine(scratch, "pg"),
                new StoreProviderOptions { Provider = StoreProviderOptions.Postgres, ConnectionString = postgres }, bytes));
            using (var source = new PostgresDocumentStore(postgres))
            {
                progress?.Invoke("chỉ ghi kho: LiteDB và PostgreSQL");
                using (var lite = new LiteDbDocumentStore(Path.Combine(scratch, "replay.db"))) runs.Add(Replay(StoreProviderOptions.LiteDb, source, lite, bytes));
                // As bulk ingestion writes to LiteDB: batches of LiteDbWriter.MaxBatchWrites documents per commit.
                using (var batched = new LiteDbDocumentStore(Path.Combine(scratch, "replay-batched.db"))) runs.Add(Replay(StoreProviderOptions.LiteDb, source, batched, bytes, batch: true));
                var replayDatabase = database + "_replay";
                Execute(admin.ConnectionString, $"CREATE DATABASE {replayDatabase}");
                try
                {
                    using var target = new PostgresDocumentStore(new NpgsqlConnectionStringBuilder(postgresConnectionString) { Database = replayDatabase }.ConnectionString);
                    runs.Add(Replay(StoreProviderOptions.Postgres, source, target, bytes));
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    Execute(admin.ConnectionString, $"DROP DATABASE {replayDatabase} WITH (FORCE)");
                }
            }
            return runs;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(admin.ConnectionString, $"DROP DATABASE {database} WITH (FORCE)");
        }
    }

    private StoreThroughputRun Pipeline(string provider, string dataDirectory, StoreProviderOptions store, long bytes)
    {
        using var kb = KnowledgeBase.Open(dataDirectory, new IngestionOptions(), synonyms, embeddings, store: store);
        var clock = Stopwatch.StartNew();
        var results = kb.Ingest(files);
        clock.Stop();
        var failed = results.Count(r => r.Status == IngestionStatus.Failed);
        var documents = kb.Store.ListDocuments();
        return StoreThroughputRun.From(provider, "pipeline", documents.Count, documents.Sum(d => d.ClauseCount), failed, bytes, clock.Elapsed);
    }

    private static StoreThroughputRun Replay(string provider, IDocumentStore source, IDocumentStore target, long bytes, bool batch = false)
    {
        // Read first, off the clock: only the writes are timed.
        var sample = source.ListDocuments()
            .Select(d => (Document: d, Clauses: source.GetClauses(d.Id), Citations: source.FindCitations(d.Id), Facts: source.GetFacts(d.Id), Original: source.GetOriginal(d.Id)))
            .ToList();
        var clock = Stopwatch.StartNew();
        using (batch ? target.BeginBatch() : null)
        {
            foreach (var s in sample) target.Replace(s.Document, s.Clauses, s.Citations, s.Facts, s.Original);
        }
        clock.Stop();
        return StoreThroughputRun.From(provider, batch ? "store batch" : "store only", sample.Count, sample.Sum(s => s.Clauses.Count), 0, bytes, clock.Elapsed);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
