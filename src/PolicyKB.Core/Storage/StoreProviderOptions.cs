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
    }
}
