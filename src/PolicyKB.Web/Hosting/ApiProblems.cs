using Microsoft.AspNetCore.Http.HttpResults;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// RFC 7807 problem results with Vietnamese titles and details that tell the user what to do next.
/// </summary>
public static class ApiProblems
{
    /// <summary>400: a parameter is missing or out of range.</summary>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ");

    /// <summary>401: the API key is missing or wrong.</summary>
    public static ProblemHttpResult Unauthorized(ApiAccess access) => TypedResults.Problem(
        access == ApiAccess.Write
            ? $"Thao tác này thay đổi kho văn bản nên cần khoá quản trị. Gửi khoá trong tiêu đề {ApiOptions.KeyHeader} (cấu hình tại PolicyKB:Api:ApiKey)."
            : $"Máy chủ này yêu cầu khoá để đọc dữ liệu. Gửi khoá trong tiêu đề {ApiOptions.KeyHeader}.",
        statusCode: StatusCodes.Status401Unauthorized, title: "Thiếu hoặc sai khoá API");

    /// <summary>404: nothing with that id.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>413: an upload is larger than allowed.</summary>
    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Tệp quá lớn");

    /// <summary>415: the upload is not a supported document format.</summary>
    public static ProblemHttpResult UnsupportedType(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Định dạng tệp không được hỗ trợ");

    /// <summary>The Vietnamese title for a status code, for problems the framework raises itself (unknown route, wrong method).</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Thiếu hoặc sai khoá API",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        413 => "Tệp quá lớn",
        415 => "Định dạng tệp không được hỗ trợ",
        503 => "Kho dữ liệu tạm thời không truy cập được",
        >= 500 => "Lỗi máy chủ",
        _ => "Yêu cầu không thực hiện được",
    };

    /// <summary>A detail for framework-raised problems that carry none.</summary>
    public static string DetailFor(int status) => status switch
    {
        404 => "Đường dẫn không tồn tại. Xem danh sách API tại /api-docs.",
        405 => "Đường dẫn này không nhận phương thức HTTP đã gửi. Xem /api-docs.",
        >= 500 => "Máy chủ gặp lỗi khi xử lý yêu cầu. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị viên kèm thời điểm xảy ra.",
        _ => "Kiểm tra lại yêu cầu theo tài liệu tại /api-docs.",
    };
}
