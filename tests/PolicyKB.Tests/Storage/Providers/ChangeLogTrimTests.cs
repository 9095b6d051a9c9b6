using Npgsql;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support.Postgres;
using static PolicyKB.Tests.Storage.Providers.StoreSamples;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>
/// The shared change log is trimmed to PolicyKB:Store:ChangeRetention (days or a count), one node at a time, with the
/// trim point recorded in store_meta; the head stays where it was.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ChangeLogTrimTests : IUsesPostgres, IDisposable
{
    private readonly string _connectionString = "";
    private readonly PostgresDocumentStore? _store;

    public ChangeLogTrimTests(PostgresCluster cluster)
    {
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
        _store = new PostgresDocumentStore(_connectionString);
        foreach (var id in new[] { "a", "b", "c", "d", "e" }) _store.Replace(Document(id, "h-" + id), Clauses(id, "I"), []);
    }

    private PostgresDocumentStore Store => _store!;

    [ProviderFact]
    public void Changes_older_than_the_days_kept_are_deleted_and_the_trim_point_recorded()
    {
        var head = Store.HeadSequence();
        Execute($"UPDATE changes SET at = now() - interval '40 days' WHERE seq <= {head - 2}");

        var deleted = Store.TrimChanges(ChangeRetention.Parse("30d")!, DateTimeOffset.UtcNow);

        Assert.Equal(3, deleted);
        Assert.Equal(head - 2, Store.TrimPoint());
        Assert.Equal((head - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar($"SELECT value FROM store_meta WHERE key = '{PostgresChangeLog.TrimPointKey}'"));
        Assert.Equal([head - 1, head], Store.ChangesAfter(0).Select(c => c.Sequence));
        Assert.Equal(head, Store.HeadSequence());
    }

    [ProviderFact]
    public void A_count_keeps_the_latest_changes()
    {
        var head = Store.HeadSequence();

        Assert.Equal(3, Store.TrimChanges(ChangeRetention.Parse("2")!, DateTimeOffset.UtcNow));
        Assert.Equal(0, Store.TrimChanges(ChangeRetention.Parse("2")!, DateTimeOffset.UtcNow));

        Assert.Equal([head - 1, head], Store.ChangesAfter(0).Select(c => c.Sequence));
        Assert.Equal(head - 2, Store.TrimPoint());
    }

    [ProviderFact]
    public void A_log_trimmed_to_nothing_keeps_its_head_and_continues_from_it()
    {
        var head = Store.HeadSequence();
        Execute("UPDATE changes SET at = now() - interval '40 days'");

        Assert.Equal(5, Store.TrimChanges(ChangeRetention.Parse("30d")!, DateTimeOffset.UtcNow));

        Assert.Empty(Store.ChangesAfter(0));
        Assert.Equal(head, Store.HeadSequence());
        Assert.Equal(head, Store.TrimPoint());
        Store.Remove("a");
        Assert.Equal(head + 1, Store.HeadSequence());
    }

    [ProviderFact]
    public void While_another_node_trims_this_one_skips_its_turn()
    {
        using var other = new NpgsqlConnection(_connectionString);
        other.Open();
        using (var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresChangeLog.TrimLock})", other)) hold.ExecuteNonQuery();

        var deleted = Store.TrimChanges(ChangeRetention.Parse("1")!, DateTimeOffset.UtcNow);

        Assert.Null(deleted);
        Assert.Equal(5, Store.ChangesAfter(0).Count);
        Assert.Equal(0, Store.TrimPoint());
    }

    [Theory]
    [InlineData("30d", 30, null)]
    [InlineData(" 7 D", 7, null)]
    [InlineData("1000000", null, 1_000_000L)]
    public void The_retention_is_days_or_a_count(string text, int? days, long? count) =>
        Assert.Equal(new ChangeRetention(days, count), ChangeRetention.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0d")]
    [InlineData("-5")]
    [InlineData("30 ngày")]
    public void A_retention_that_is_neither_is_refused_with_the_setting_named(string text)
    {
        var problems = new StoreProviderOptions { ChangeRetention = text }.Validate().ToList();

        Assert.Null(ChangeRetention.Parse(text));
        Assert.Contains(problems, p => p.ErrorMessage!.Contains("PolicyKB:Store:ChangeRetention", StringComparison.Ordinal));
    }

    public void Dispose() => _store?.Dispose();

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private string? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() as string;
    }
}
