using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI example of the "Lược đồ" endpoint, from the bundled Hà Giang plan.</summary>
public static class RelationExamples
{
    private static readonly RelationEntry Basis = new(
        "111/2018/NĐ-CP", "Nghị định 111/2018/NĐ-CP",
        "Quy định về ngày thành lập, ngày truyền thống, ngày hưởng ứng của các bộ, ngành, địa phương", "Chính phủ", "2018-08-31",
        null, IssuingLevel.Central, Basis: true, Implements: false, Part: null, EffectiveOn: null,
        [
            new RelationClause(SampleData.DocumentId, SampleData.DocumentId + "/preamble", ["preamble"], "",
                "Căn cứ Nghị định số 111/2018/NĐ-CP, ngày 31/8/2018 của Chính phủ Quy định về ngày thành lập, ngày truyền thống …", 8, 58),
        ]);

    /// <summary>GET /api/documents/{id}/relations.</summary>
    public static ApiExample Map { get; } = new()
    {
        Parameters = { ["id"] = SampleData.DocumentId },
        Responses =
        {
            [200] = new RelationMap(SampleData.Document, "36/KH-SYT", Enum.GetValues<RelationGroupKind>()
                .Select(kind => new RelationGroup(kind, RelationGroupLabels.Of(kind), kind == RelationGroupKind.Basis ? [Basis] : []))
                .ToList()),
        },
    };
}
