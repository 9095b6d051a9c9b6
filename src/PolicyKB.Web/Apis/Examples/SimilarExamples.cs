using PolicyKB.Search.Precedents;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the precedent finder.</summary>
public static class SimilarExamples
{
    private const string Input = "Tổ chức gặp mặt, tọa đàm kỷ niệm ngày Thầy thuốc Việt Nam 27/02.";

    private static readonly SimilarResponse Response = new(Input, null, 35,
    [
        new SimilarClause(SampleData.ClauseId, SampleData.DocumentId, SampleData.DocumentId + ".md", ["II"], "1", "",
            "1. Tổ chức gặp mặt, tọa đàm kỷ niệm 66 năm ngày Thầy thuốc Việt Nam.", 0.032787, 0.83, true,
            [
                new DiffSegment("insert", "1. "), new DiffSegment("equal", "Tổ chức gặp mặt, tọa đàm kỷ niệm "),
                new DiffSegment("insert", "66 năm "), new DiffSegment("equal", "ngày Thầy thuốc Việt Nam"),
                new DiffSegment("delete", " 27/02"), new DiffSegment("equal", "."),
            ])
        {
            DocumentType = "Kế hoạch", DocumentNumber = "36/KH-SYT", DocumentTitle = SampleData.Document.Title, Issuer = "Sở Y tế tỉnh Hà Giang",
            Year = 2021, IssuedOn = "2021-01-29",
        },
    ]);

    /// <summary>POST /api/similar.</summary>
    public static ApiExample ByText { get; } = new()
    {
        Request = new SimilarTextRequest(Input, 5, Type: "Kế hoạch"),
        Responses = { [200] = Response },
    };

    /// <summary>GET /api/similar/{clauseId}.</summary>
    public static ApiExample ByClause { get; } = new()
    {
        Parameters =
        {
            ["clauseId"] = "ha-tinh-2021-thi-dua-nganh-y-te/IV.5", ["top"] = "5", ["type"] = "Kế hoạch", ["issuer"] = "Sở Y tế",
            ["province"] = "Hà Giang", ["year"] = "2021", ["kind"] = "item",
        },
        Responses = { [200] = Response with { ClauseId = "ha-tinh-2021-thi-dua-nganh-y-te/IV.5" } },
    };
}
