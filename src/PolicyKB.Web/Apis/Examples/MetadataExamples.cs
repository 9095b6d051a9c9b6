using PolicyKB.Corrections;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the metadata correction API.</summary>
public static class MetadataExamples
{
    private static readonly MetadataCorrectionView Correction = new(
        MetadataFields.Signer, MetadataFields.Labels[MetadataFields.Signer], null, "Nguyễn Văn Bình", "Nguyễn Thị Hoa - Văn phòng Sở",
        new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(7)));

    /// <summary>PATCH /api/documents/{id}/metadata.</summary>
    public static ApiExample Correct { get; } = new()
    {
        Parameters = { ["id"] = SampleData.DocumentId },
        Request = new MetadataCorrectionRequest("Nguyễn Thị Hoa - Văn phòng Sở", Signer: "Nguyễn Văn Bình"),
        Responses = { [200] = new MetadataCorrectionResult(SampleData.Document with { Signer = "Nguyễn Văn Bình" }, [Correction]) },
    };

    /// <summary>GET /api/documents/{id}/metadata/history.</summary>
    public static ApiExample History { get; } = new()
    {
        Parameters = { ["id"] = SampleData.DocumentId },
        Responses = { [200] = new[] { Correction } },
    };
}
