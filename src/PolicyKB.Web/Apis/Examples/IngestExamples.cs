using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the ingest API.</summary>
public static class IngestExamples
{
    /// <summary>POST /api/ingest.</summary>
    public static ApiExample Ingest { get; } = new()
    {
        Responses =
        {
            [200] = new IngestResponse(
            [
                new IngestFileResult("ke-hoach-36-kh-syt.docx", "ke-hoach-36-kh-syt", "stored", 48213, 28, 5, [], null),
                new IngestFileResult("bang-tong-hop.txt", "bang-tong-hop", "failed", 0, 0, 0, [], "read: tệp rỗng"),
            ], 1, 0, 1),
        },
    };
}
