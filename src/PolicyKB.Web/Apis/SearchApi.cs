using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>/api/search: clause search with facets.</summary>
public static class SearchApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Tìm kiếm").RequireApiKey(ApiAccess.Read);
        group.MapGet("/", Search)
            .CacheOutput(SearchCache.Policy)
            .WithName("Search")
            .WithSummary("Tìm điều khoản")
            .WithDescription("Tìm điều khoản theo từ khoá (gõ có dấu hay không dấu đều được, hiểu viết tắt như BHYT, QĐ), theo ngữ nghĩa, " +
                "hoặc kết hợp cả hai (mặc định). Câu tìm nêu số hiệu văn bản (\"QĐ 281\", \"Chỉ thị 25-CT/TW\") đưa các điều khoản trích dẫn văn bản đó lên đầu. " +
                "Câu tìm nêu số hiệu của chính một văn bản (\"KH 36 Hà Giang\", \"Nghị định 61-CP\", \"TT 10/2022 BKHĐT\") đưa tên văn bản đó rồi điều khoản đầu tiên lên đầu. " +
                "total chỉ đếm điều khoản thật sự khớp (có đủ các từ đã gõ; dấu đã gõ được tôn trọng); hits là các điều khoản khớp, " +
                "related là nhóm \"Có thể liên quan\" (gần nghĩa hoặc chỉ chung một số từ, không tính vào total). " +
                "Khi total = 0, suggestions gợi ý câu tìm khác có kết quả (bỏ dấu, mở rộng/viết tắt, bỏ bộ lọc). " +
                "Mỗi kết quả có đoạn cần tô sáng (highlights: vị trí start, độ dài length trong text). " +
                "facets đếm số văn bản theo loại, cơ quan, tỉnh/thành, năm trên toàn kho (không chỉ trong kết quả), " +
                "để người dùng thấy các bộ lọc có thể dùng; chúng không đổi theo câu tìm nên danh sách lọc không nhảy khi đang gõ. " +
                "Câu tìm giống hệt được trả lời từ bộ nhớ đệm trong PolicyKB:Api:SearchCacheSeconds giây (mặc định 60); nạp hoặc xoá văn bản làm mới bộ nhớ đệm.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(SearchExamples.Search);
        return app;
    }

    private static async Task<Results<Ok<SearchResult>, ProblemHttpResult>> Search(
        FacetedSearch search,
        [Required, Description("Nội dung cần tìm: từ, cụm từ trong ngoặc kép, số hiệu văn bản.")] string? q,
        [EnumValues<SearchMode>, Description("Chế độ: hybrid (kết hợp, mặc định), keyword (từ khoá) hoặc semantic (ngữ nghĩa).")] string? mode,
        [Description("Loại văn bản.")] string? type,
        [Description("Cơ quan ban hành (chứa các từ này).")] string? issuer,
        [Description("Tỉnh, thành phố.")] string? province,
        [Range(ApiParameters.MinYear, ApiParameters.MaxYear), Description("Năm ban hành.")] int? year,
        [EnumValues<ClauseKind>, Description("Loại điều khoản: section, item, point, bullet, article, clause, paragraph, preamble…")] string? kind,
        CancellationToken cancellationToken,
        [Range(1, SearchRequest.MaxTop), Description("Số kết quả (1–100).")] int top = 10,
        [Range(0, int.MaxValue), Description("Bỏ qua bao nhiêu kết quả đầu (phân trang).")] int offset = 0)
    {
        if (!TryParseMode(mode, out var searchMode))
        {
            return ApiProblems.BadRequest($"Chế độ tìm '{mode}' không hợp lệ; dùng hybrid (kết hợp), keyword (từ khoá) hoặc semantic (ngữ nghĩa).");
        }
        if (ApiParameters.YearProblem(year) is { } yearProblem) return yearProblem;
        if (ApiParameters.KindProblem(kind) is { } kindProblem) return kindProblem;
        var request = new SearchRequest(q ?? "")
        {
            Mode = searchMode,
            Top = top,
            Offset = offset,
            Filters = ApiParameters.Filters(type, issuer, province, year, kind),
        };
        // SearchQueryException (empty query, top out of range…) becomes a 400 in ApiExceptionHandler.
        return TypedResults.Ok(await search.SearchAsync(request, cancellationToken).ConfigureAwait(false));
    }

    private static bool TryParseMode(string? value, out SearchMode mode)
    {
        mode = SearchMode.Hybrid;
        if (string.IsNullOrWhiteSpace(value)) return true;
        return Enum.TryParse(value.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(mode) && !char.IsDigit(value.Trim()[0]);
    }
}
