namespace PolicyKB.Tests.Browser;

/// <summary>
/// A fact that drives Debian's headless Chromium; skipped with a clear message where /usr/bin/chromium is absent
/// (a developer box), run in CI where .ci/run installs it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser the tests drive.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} not found: browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it).";
        }
    }
}
