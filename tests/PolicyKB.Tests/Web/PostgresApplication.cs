namespace PolicyKB.Tests.Web;

/// <summary>
/// The host with the shared PostgreSQL store (<paramref name="connectionString"/>); its data folder holds only its
/// indexes. <paramref name="settings"/> adds or replaces settings (replica polling, lag bound).
/// </summary>
public sealed class PostgresApplication(string connectionString, IReadOnlyDictionary<string, string>? settings = null) : PolicyKbApplicationBase
{
    protected override IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            var all = new Dictionary<string, string>
            {
                ["PolicyKB:Store:Provider"] = "postgres",
                ["PolicyKB:Store:ConnectionString"] = connectionString,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
            return all;
        }
    }
}
