using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicyKB.Search;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Turns exceptions into Vietnamese problem details: a query the search service refuses and a parameter that
/// cannot be read are the user's to fix (400, 413, 415); a shared store (PostgreSQL) that cannot be reached is a 503
/// saying so, as searches still answer from the local indexes; anything else is a 500 without internals.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            SearchQueryException e => (StatusCodes.Status400BadRequest, e.Message),
            BadHttpRequestException e => (e.StatusCode, Translate(e)),
            PolicyKB.Storage.StoreUnavailableException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
            _ => (StatusCodes.Status500InternalServerError, ApiProblems.DetailFor(500)),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = ApiProblems.TitleFor(status), Detail = detail },
        }).ConfigureAwait(false);
    }

    /// <summary>Rewrites the framework's English binding messages in Vietnamese, naming the parameter.</summary>
    public static string Translate(BadHttpRequestException exception)
    {
        var message = exception.Message;
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return "Yêu cầu vượt dung lượng cho phép. Hãy gửi ít tệp hơn mỗi lần hoặc tệp nhỏ hơn.";
        }
        if (BindFailure().Match(message) is { Success: true } bind)
        {
            return $"Tham số '{bind.Groups["name"].Value}' phải là {TypeName(bind.Groups["type"].Value)}; giá trị '{bind.Groups["value"].Value}' không hợp lệ.";
        }
        if (MissingParameter().Match(message) is { Success: true } missing)
        {
            return $"Thiếu tham số bắt buộc '{missing.Groups["name"].Value}'.";
        }
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path } json && !IsSyntaxError(json))
        {
            // A well-formed body with a value of the wrong type: name the field as the client wrote it ("history[0]").
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            return $"Trường '{field}' trong nội dung JSON có kiểu không đúng (ví dụ số thay cho chuỗi); xem mẫu trong tài liệu API (/api-docs).";
        }
        if (message.Contains("JSON", StringComparison.Ordinal) || message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return "Nội dung gửi lên không phải JSON hợp lệ theo mẫu trong tài liệu API (/api-docs).";
        }
        return ApiProblems.DetailFor(exception.StatusCode);
    }

    /// <summary>
    /// True when the body is not JSON at all (the reader's own exception is inside); a type mismatch in valid JSON has
    /// none. The reader's exception type is internal to System.Text.Json, hence the name.
    /// </summary>
    private static bool IsSyntaxError(JsonException exception) => exception.InnerException?.GetType().Name == "JsonReaderException";

    private static string TypeName(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" => "một số nguyên",
        "bool" => "true hoặc false",
        "double" or "float" or "decimal" => "một số",
        var other when other.EndsWith("Mode", StringComparison.Ordinal) => "một chế độ hợp lệ",
        _ => "một giá trị hợp lệ",
    };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>.*)"\.?$""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "[^ "]+ (?<name>[^"]+)" was not provided""")]
    private static partial Regex MissingParameter();
}
