using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the documents API.</summary>
public static class DocumentExamples
{
    /// <summary>GET /api/documents.</summary>
    public static ApiExample List { get; } = new()
    {
        Parameters = { ["type"] = "Kế hoạch", ["issuer"] = "Sở Y tế", ["province"] = "Hà Giang", ["year"] = "2021", ["q"] = "thầy thuốc", ["page"] = "1", ["pageSize"] = "20" },
        Responses = { [200] = new DocumentPage([SampleData.Document], 1, 1, 20, SampleData.Facets) },
    };

    /// <summary>GET /api/documents/{id}.</summary>
    public static ApiExample Get { get; } = new()
    {
        Parameters = { ["id"] = SampleData.DocumentId },
        Responses =
        {
            [200] = new DocumentDetail(
                SampleData.Document, ["Như trên;", "Lưu: VT, NVY."],
                new LegalBasisView(["Căn cứ Nghị định số 111/2018/NĐ-CP, ngày 31/8/2018 của Chính phủ …"], [SampleData.Citation]),
                [new OutlineNode(SampleData.DocumentId + "/II", "II", "II.", "NỘI DUNG HOẠT ĐỘNG", "section",
                    [new OutlineNode(SampleData.ClauseId, "1", "1.", "", "item", [])])],
                [SampleData.Clause], [SampleData.Citation],
                [new RelatedDocumentView(SampleData.Document with { Id = "ha-tinh-2021-thi-dua-nganh-y-te", Number = null }, ["111/2018/NĐ-CP"])], 0),
        },
    };

    /// <summary>DELETE /api/documents/{id}.</summary>
    public static ApiExample Delete { get; } = new() { Parameters = { ["id"] = SampleData.DocumentId } };
}
