namespace PolicyKB.Tests.Browser;

/// <summary>
/// A browser fact that also needs axe-core. Skipped on a developer box without it; in CI (.ci/run sets
/// <see cref="Axe.RequiredVariable"/>) a missing axe-core runs the test, which then fails saying how to install it.
/// </summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath)) Skip = $"{ChromiumFactAttribute.ExecutablePath} not found: browser tests need Debian's chromium.";
        else if (Axe.Missing is { } missing && Environment.GetEnvironmentVariable(Axe.RequiredVariable) != "1") Skip = missing;
    }
}
