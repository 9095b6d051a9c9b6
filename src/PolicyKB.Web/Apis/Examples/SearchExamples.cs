using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the search API.</summary>
public static class SearchExamples
{
    /// <summary>GET /api/search.</summary>
    public static ApiExample Search { get; } = new()
    {
        Parameters =
        {
            ["q"] = "bao hiem y te", ["mode"] = "hybrid", ["top"] = "10", ["offset"] = "0", ["type"] = "Kế hoạch",
            ["issuer"] = "UBND", ["province"] = "Hà Tĩnh", ["year"] = "2024", ["kind"] = "item",
        },
        Responses =
        {
            [200] = new SearchResult("bao hiem y te", "hybrid", 12, 37, 0,
            [
                new SearchHit("ha-tinh-2024-cung-co-y-te-co-so/III.2.b", "ha-tinh-2024-cung-co-y-te-co-so", "ha-tinh-2024-cung-co-y-te-co-so.txt",
                    ["III", "2"], "b", "", "b) Tăng cường công tác truyền thông về bảo hiểm y tế toàn dân …", 0.032787, [new HighlightSpan(46, 12)])
                {
                    Kind = "point", DocumentType = "Kế hoạch", DocumentTitle = "Tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở",
                    Issuer = "UBND tỉnh Hà Tĩnh",
                },
            ], SampleData.Facets),
        },
    };
}
