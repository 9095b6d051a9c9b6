using System.Reflection;
using System.Text.RegularExpressions;
using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// Ingestion output must not depend on how busy the machine is: a pattern whose time budget a waiting thread can
/// use up makes the same file parse differently under load. Every source-generated pattern of the core either has no
/// budget or one of at least a second.
/// </summary>
public sealed class RegexBudgetTests
{
    [Fact]
    public void Every_generated_pattern_of_the_core_has_no_budget_or_at_least_one_second()
    {
        var patterns = typeof(LayoutAnalyzer).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();

        Assert.True(patterns.Count > 50, $"{patterns.Count} generated patterns found");
        var tight = patterns.Where(p => p.Regex.MatchTimeout != Regex.InfiniteMatchTimeout && p.Regex.MatchTimeout < TimeSpan.FromSeconds(1))
            .Select(p => $"{p.Name}: {p.Regex.MatchTimeout.TotalMilliseconds} ms");
        Assert.Empty(tight);
    }
}
