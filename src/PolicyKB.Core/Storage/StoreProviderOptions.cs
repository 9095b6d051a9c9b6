using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Storage;

/// <summary>
/// The document store engine ("PolicyKB:Store"): <see cref="LiteDb"/> keeps everything in one file of the data folder
/// (one machine, the default); <see cref="Postgres"/> keeps documents in a PostgreSQL database shared by several nodes,
/// each node keeping its own search indexes in its data folder (docs/scale-out.md).
/// </summary>
public sealed class StoreProviderOptions
{
    /// <summary>The embedded LiteDB file (default).</summary>
    public const string LiteDb = "litedb";

    /// <summary>A shared PostgreSQL database.</summary>
    public const string Postgres = "postgres";

    /// <summary><see cref="LiteDb"/> or <see cref="Postgres"/> (case does not matter).</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>Npgsql connection string; required when <see cref="Provider"/> is <see cref="Postgres"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Largest replica lag, in seconds, at which the node still answers ready (/api/health/ready) with
    /// <see cref="Postgres"/>: above it the load balancer takes the node out until it has caught up (default 30).
    /// </summary>
    public double MaxReplicaLagSeconds { get; set; } = 30;

    /// <summary>Seconds between two reads of the change log when no notification came (the safety net; default 5).</summary>
    public double ReplicaPollSeconds { get; set; } = 5;

    /// <summary>
    /// How much of the change log to keep: "30d" (days, the default) or a number of changes ("1000000"). Older changes
    /// are deleted hourly by one node at a time; a node left behind them rebuilds its replica from the store.
    /// </summary>
    public string ChangeRetention { get; set; } = "30d";

    /// <summary>True when the documents live in PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Problems with these settings, in Vietnamese, naming the setting to change.</summary>
    public IEnumerable<ValidationResult> Validate()
    {
        var provider = Provider?.Trim() ?? "";
        if (!provider.Equals(LiteDb, StringComparison.OrdinalIgnoreCase) && !provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"PolicyKB:Store:Provider = '{Provider}' không hợp lệ: hãy dùng '{LiteDb}' (mặc định, một máy) hoặc '{Postgres}' (PostgreSQL dùng chung).",
                ["Store.Provider"]);
        }
        else if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "PolicyKB:Store:Provider = 'postgres' cần chuỗi kết nối: hãy đặt PolicyKB:Store:ConnectionString " +
                "(ví dụ \"Host=db;Port=5432;Database=policykb;Username=policykb;Password=…\") hoặc biến môi trường PolicyKB__Store__ConnectionString.",
                ["Store.ConnectionString"]);
        }
        if (MaxReplicaLagSeconds is <= 0 or > 86_400)
        {
            yield return new ValidationResult(
                $"PolicyKB:Store:MaxReplicaLagSeconds = {MaxReplicaLagSeconds} không hợp lệ: hãy đặt số giây trễ tối đa của bản sao chỉ mục, từ lớn hơn 0 đến 86400 (mặc định 30).",
                ["Store.MaxReplicaLagSeconds"]);
        }
        if (Storage.ChangeRetention.Parse(ChangeRetention) is null)
        {
            yield return new ValidationResult(
                $"PolicyKB:Store:ChangeRetention = '{ChangeRetention}' không hợp lệ: hãy đặt số ngày giữ nhật ký thay đổi kèm chữ d (ví dụ \"30d\", tối đa 36500d) " +
                "hoặc số thay đổi được giữ (ví dụ \"1000000\").",
                ["Store.ChangeRetention"]);
        }
        if (ReplicaPollSeconds is < 0.1 or > 3_600)
        {
            yield return new ValidationResult(
                $"PolicyKB:Store:ReplicaPollSeconds = {ReplicaPollSeconds} không hợp lệ: hãy đặt số giây giữa hai lần đọc nhật ký thay đổi, từ 0,1 đến 3600 (mặc định 5).",
                ["Store.ReplicaPollSeconds"]);
        }
    }
}
