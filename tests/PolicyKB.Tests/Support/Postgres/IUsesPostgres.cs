namespace PolicyKB.Tests.Support.Postgres;

/// <summary>Marks a test class whose <see cref="ProviderFactAttribute"/> facts need the PostgreSQL binaries.</summary>
public interface IUsesPostgres;
