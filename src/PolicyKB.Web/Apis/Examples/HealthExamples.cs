using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the health API.</summary>
public static class HealthExamples
{
    /// <summary>GET /api/health.</summary>
    public static ApiExample Health { get; } = new() { Responses = { [200] = new HealthReport("ok", 5, 369, 124, true) } };
}
