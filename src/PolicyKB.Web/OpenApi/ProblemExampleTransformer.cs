using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Gives every error response of the OpenAPI document an example problem (RFC 7807, Vietnamese title and detail,
/// trace id), unless the endpoint declared its own through <see cref="ApiExample"/>: a client developer sees what an
/// error looks like before meeting one.
/// </summary>
public sealed class ProblemExampleTransformer : IOpenApiOperationTransformer
{
    // Details as the endpoints word them; statuses not listed take the framework-level wording of ApiProblems.
    private static readonly Dictionary<int, string> Details = new()
    {
        [400] = "Tham số pageSize phải từ 1 đến 100.",
        [401] = $"Thao tác này thay đổi kho văn bản nên cần khoá quản trị. Gửi khoá trong tiêu đề {ApiOptions.KeyHeader}.",
        [404] = "Không có văn bản mã 'khong-co' trong kho. Xem danh sách văn bản tại /api/documents.",
        [413] = "Tệp 'ke-hoach.pdf' lớn 64 MB, vượt giới hạn 50 MB cho mỗi tệp. Không tệp nào trong lần tải này được nạp.",
        [415] = "'ke-hoach.pdf' có đuôi .pdf nhưng nội dung là văn bản thuần; hãy tải lên đúng tệp .pdf hoặc đổi đuôi cho khớp nội dung. Không tệp nào trong lần tải này được nạp.",
        [503] = "Kho văn bản chưa sẵn sàng. Thử lại sau ít phút.",
    };

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (!int.TryParse(code, out var status) || status < 400 || response.Content is null) continue;
            foreach (var media in response.Content.Values)
            {
                if (media.Example is null && (media.Examples is null || media.Examples.Count == 0)) media.Example = Example(status);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The example problem for a status code.</summary>
    public static JsonObject Example(int status) => new()
    {
        ["title"] = ApiProblems.TitleFor(status),
        ["status"] = status,
        ["detail"] = Details.GetValueOrDefault(status) ?? ApiProblems.DetailFor(status),
        ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
    };
}
