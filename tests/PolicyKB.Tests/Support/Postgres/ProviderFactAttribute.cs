using Xunit.Sdk;

namespace PolicyKB.Tests.Support.Postgres;

/// <summary>
/// A fact of a provider-agnostic test class: it runs in every concrete subclass, and is skipped with a clear reason in
/// a subclass marked <see cref="IUsesPostgres"/> when PostgreSQL's binaries are absent (a plain Skip cannot tell the
/// subclasses apart, since the attribute sits on the shared base method).
/// </summary>
[XunitTestCaseDiscoverer("PolicyKB.Tests.Support.Postgres.ProviderFactDiscoverer", "PolicyKB.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProviderFactAttribute : FactAttribute;
