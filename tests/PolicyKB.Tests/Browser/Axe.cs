using System.Text.Json;
using Microsoft.Playwright;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// axe-core, the accessibility engine, injected into a page from tests/axe/node_modules (installed by
/// "npm ci --prefix tests/axe" in .ci/run; never fetched by the product).
/// </summary>
public static class Axe
{
    /// <summary>Set by .ci/run: a missing axe-core fails the run instead of skipping the checks.</summary>
    public const string RequiredVariable = "POLICYKB_REQUIRE_AXE";

    /// <summary>axe.min.js, found by walking up from the test binaries to the repository; null when not installed.</summary>
    public static string? ScriptPath { get; } = Find();

    /// <summary>Why the checks cannot run, or null when they can.</summary>
    public static string? Missing => ScriptPath is null
        ? "axe-core is not installed: run `npm ci --prefix tests/axe` (as .ci/run does)."
        : null;

    /// <summary>
    /// The critical and serious violations on the page as it is now, one line each, and skipped heading levels
    /// (moderate for axe, but they break navigation by headings, which screen-reader users rely on).
    /// </summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious' || v.id === 'heading-order')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')), count: v.nodes.length })));
            }
            """);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}) on {v.GetProperty("count").GetInt32()} nodes: " +
            string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))).ToList();
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
