using Microsoft.Playwright;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// One live host and one headless Chromium for a test class. Playwright's bundled driver (node inside the NuGet
/// package) runs offline; the browser is the system's, so nothing is downloaded ("playwright install" is never run).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The host under test.</summary>
    public LiveApplication App { get; } = new();

    /// <summary>The browser (null when Chromium is absent and the tests are skipped).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots are written (test artifacts).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath)) return;
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh page at the given viewport, failing the test on script errors.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = App.BaseAddress,
            Locale = "vi-VN",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = App.BaseAddress });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Console += (_, message) => { if (message.Type == "error") problems.Add("console error: " + message.Text); };
        // The UI must work offline: every request stays on the host.
        page.Request += (_, request) => { if (!request.Url.StartsWith(App.BaseAddress, StringComparison.Ordinal)) problems.Add("external request: " + request.Url); };
        return (page, problems);
    }

    /// <summary>Saves a screenshot and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Console.WriteLine("screenshot: " + path);
        return path;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
