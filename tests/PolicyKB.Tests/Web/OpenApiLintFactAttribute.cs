namespace PolicyKB.Tests.Web;

/// <summary>
/// A fact that needs Redocly CLI. Skipped on a developer box without it; in CI (.ci/run sets
/// <see cref="RedoclyLint.RequiredVariable"/>) a missing linter runs the test, which then fails saying how to install it.
/// </summary>
public sealed class OpenApiLintFactAttribute : FactAttribute
{
    public OpenApiLintFactAttribute()
    {
        if (RedoclyLint.Missing is { } missing && Environment.GetEnvironmentVariable(RedoclyLint.RequiredVariable) != "1") Skip = missing;
    }
}
