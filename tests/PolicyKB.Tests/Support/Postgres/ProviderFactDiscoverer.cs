using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyKB.Tests.Support.Postgres;

/// <summary>Discovers <see cref="ProviderFactAttribute"/> facts, skipping those of PostgreSQL classes when the binaries are absent.</summary>
public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.Interfaces.Any(i => i.Name == typeof(IUsesPostgres).FullName);
        if (needsPostgres && PostgresCluster.Missing is { } missing)
        {
            return [new SkippedTestCase(diagnosticMessageSink, display, options, testMethod, missing)];
        }
        return [new XunitTestCase(diagnosticMessageSink, display, options, testMethod)];
    }
}
