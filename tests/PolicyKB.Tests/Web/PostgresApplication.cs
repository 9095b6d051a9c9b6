namespace PolicyKB.Tests.Web;

/// <summary>The host with the shared PostgreSQL store (<paramref name="connectionString"/>); its data folder holds only its indexes.</summary>
public sealed class PostgresApplication(string connectionString) : PolicyKbApplicationBase
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["PolicyKB:Store:Provider"] = "postgres",
        ["PolicyKB:Store:ConnectionString"] = connectionString,
    };
}
