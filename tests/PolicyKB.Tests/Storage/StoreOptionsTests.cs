using System.ComponentModel.DataAnnotations;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Storage;

public sealed class StoreOptionsTests
{
    [Fact]
    public void The_default_provider_is_the_embedded_litedb_file_and_needs_no_connection_string()
    {
        var options = new StoreOptions();

        Assert.Empty(Problems(options));
        Assert.Equal("litedb", options.Store.Provider);
        Assert.False(options.Store.IsPostgres);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused_naming_the_setting_in_vietnamese()
    {
        var options = new StoreOptions { Store = { Provider = "Postgres", ConnectionString = " " } };

        var problem = Assert.Single(Problems(options));
        Assert.Contains("PolicyKB:Store:ConnectionString", problem);
        Assert.Contains("cần chuỗi kết nối", problem);
    }

    [Fact]
    public void Postgres_with_a_connection_string_is_accepted()
    {
        var options = new StoreOptions { Store = { Provider = "postgres", ConnectionString = "Host=db;Database=policykb" } };

        Assert.Empty(Problems(options));
        Assert.True(options.Store.IsPostgres);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_two_accepted_values()
    {
        var problem = Assert.Single(Problems(new StoreOptions { Store = { Provider = "sqlite" } }));

        Assert.Contains("'litedb'", problem);
        Assert.Contains("'postgres'", problem);
    }

    [Theory]
    [InlineData(0, 5, "PolicyKB:Store:MaxReplicaLagSeconds")]
    [InlineData(30, 0, "PolicyKB:Store:ReplicaPollSeconds")]
    public void Replica_lag_bound_and_poll_interval_out_of_range_are_refused_naming_the_setting(double maxLag, double poll, string setting)
    {
        var options = new StoreOptions { Store = { MaxReplicaLagSeconds = maxLag, ReplicaPollSeconds = poll } };

        var problem = Assert.Single(Problems(options));
        Assert.Contains(setting, problem);
        Assert.Contains("không hợp lệ", problem);
    }

    private static List<string> Problems(StoreOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
