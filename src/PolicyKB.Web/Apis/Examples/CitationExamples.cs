using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the citations API.</summary>
public static class CitationExamples
{
    private static readonly CitedKey Cited = new(
        "281/QĐ-TTg", "Quyết định", "281/QĐ-TTg", "Ban hành Kế hoạch thực hiện Chỉ thị số 25-CT/TW", "Thủ tướng Chính phủ", "2021-02-20", null, 2, 11, true);

    /// <summary>GET /api/citations.</summary>
    public static ApiExample List { get; } = new()
    {
        Parameters = { ["documentId"] = "ha-tinh-2024-cung-co-y-te-co-so" },
        Responses = { [200] = new[] { Cited } },
    };

    /// <summary>GET /api/citations/{key}.</summary>
    public static ApiExample Get { get; } = new()
    {
        Parameters = { ["key"] = "281/QĐ-TTg" },
        Responses =
        {
            [200] = new CitationDetail(Cited, null,
            [
                new CitingDocument(SampleData.Document with { Id = "ha-tinh-2024-cung-co-y-te-co-so", Number = null, Issuer = "UBND tỉnh Hà Tĩnh" },
                [
                    new CitingClause("ha-tinh-2024-cung-co-y-te-co-so/preamble", [], "preamble", "",
                        "Thực hiện Quyết định số 281/QĐ-TTg ngày 20/02/2021 của Thủ tướng Chính phủ …",
                        "Quyết định số 281/QĐ-TTg ngày 20/02/2021 của Thủ tướng Chính phủ", 10, 63, true),
                ]),
            ]),
        },
    };

    /// <summary>GET /api/citations/graph.</summary>
    public static ApiExample Graph { get; } = new()
    {
        Parameters = { ["documentId"] = "ha-tinh-2024-cung-co-y-te-co-so" },
        Responses =
        {
            [200] = new CitationGraph(
                [
                    new GraphNode("doc:ha-tinh-2024-cung-co-y-te-co-so", "document", "Kế hoạch", "Tiếp tục củng cố … y tế cơ sở", "ha-tinh-2024-cung-co-y-te-co-so", null, "dia-phuong", 0),
                    new GraphNode("key:25-CT/TW", "cited", "Chỉ thị 25-CT/TW", "Tiếp tục củng cố, hoàn thiện … y tế cơ sở trong tình hình mới", null, "25-CT/TW", "trung-uong", 1),
                ],
                [new GraphEdge("doc:ha-tinh-2024-cung-co-y-te-co-so", "key:25-CT/TW", 6, true)]),
        },
    };
}
