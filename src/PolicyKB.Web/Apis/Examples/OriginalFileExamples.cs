using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the original-file API.</summary>
public static class OriginalFileExamples
{
    /// <summary>GET /api/documents/{id}/original.</summary>
    public static ApiExample Get { get; } = new() { Parameters = { ["id"] = "ha-tinh-2024-cung-co-y-te-co-so" } };
}
