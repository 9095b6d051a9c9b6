namespace PolicyKB.Tests.Web;

/// <summary>
/// The OpenAPI document the server really serves passes Redocly's lint (tests/openapi-lint/redocly.yaml:
/// recommended-strict, so every finding is an error), with reads open and with reads behind the key.
/// </summary>
public sealed class OpenApiLintTests(PolicyKbApplication open, RestrictedPolicyKbApplication restricted)
    : IClassFixture<PolicyKbApplication>, IClassFixture<RestrictedPolicyKbApplication>
{
    [OpenApiLintFact]
    public async Task The_live_document_passes_the_lint() => await AssertLintPasses(open.CreateClient());

    [OpenApiLintFact]
    public async Task The_live_document_of_a_server_with_closed_reads_passes_the_lint() => await AssertLintPasses(restricted.CreateAdminClient());

    [OpenApiLintFact]
    public async Task The_lint_fails_a_document_with_an_error()
    {
        // The lint must be able to fail: a trailing slash on the server URL is one of its errors.
        var document = await open.CreateClient().GetStringAsync("/openapi/v1.json");
        var broken = document.Replace("\"url\": \"/\"", "\"url\": \"/policykb/\"", StringComparison.Ordinal);
        Assert.NotEqual(document, broken);

        var (exitCode, output) = await RedoclyLint.LintAsync(broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no-server-trailing-slash", output, StringComparison.Ordinal);
    }

    private static async Task AssertLintPasses(HttpClient client)
    {
        var document = await client.GetStringAsync("/openapi/v1.json");

        var (exitCode, output) = await RedoclyLint.LintAsync(document);

        Assert.True(exitCode == 0, output);
    }
}
