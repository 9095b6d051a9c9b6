namespace PolicyKB.Tests.Browser;

/// <summary>
/// A fact run only when <see cref="LighthouseTests.EnabledVariable"/> is 1: Lighthouse takes about a minute and a half
/// and its scores are a measurement of the machine as much as of the pages, so it is asked for, not run by default.
/// </summary>
public sealed class LighthouseFactAttribute : FactAttribute
{
    public LighthouseFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(LighthouseTests.EnabledVariable) != "1") Skip = $"set {LighthouseTests.EnabledVariable}=1 to run Lighthouse (npm ci --prefix tests/lighthouse first).";
        else if (!File.Exists(ChromiumFactAttribute.ExecutablePath)) Skip = $"{ChromiumFactAttribute.ExecutablePath} not found: Lighthouse drives Debian's chromium.";
    }
}
