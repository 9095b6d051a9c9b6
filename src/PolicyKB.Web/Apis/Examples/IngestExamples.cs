using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the ingest API.</summary>
public static class IngestExamples
{
    /// <summary>POST /api/ingest.</summary>
    public static ApiExample Ingest { get; } = new()
    {
        Parameters = { ["replace"] = "false", ["progress"] = "4f2b9c1e-7d3a-4b6e-9a55-0c8e2f1d6b21" },
        Responses =
        {
            [200] = new IngestResponse(
            [
                new IngestFileResult("ke-hoach-36-kh-syt.docx", "ke-hoach-36-kh-syt", "stored", 48213, 28, 5, [], null),
                new IngestFileResult("KE HOACH 36 KH-SYT.docx", "ke-hoach-36-kh-syt-2", "stored", 51870, 30, 5, [], null)
                {
                    Note = "đã có văn bản khác cùng tên 'ke-hoach-36-kh-syt' (ke-hoach-36-kh-syt.docx); lưu thành văn bản mới 'ke-hoach-36-kh-syt-2'. " +
                        "Muốn thay văn bản cũ thì nạp lại với --replace (API: replace=true)",
                },
                new IngestFileResult("quyet-dinh-ban-quet.pdf", "quyet-dinh-ban-quet", "stored", 2480311, 12, 3, ["đã nhận dạng ký tự (OCR) 3 trang (không có lớp chữ) — hãy đối chiếu với bản gốc"], null)
                {
                    Ocr = new Contracts.OcrView([1, 2, 3], 3, 91.4, false, "3/3 trang, độ tin cậy trung bình 91 %"),
                },
                new IngestFileResult("bang-tong-hop.txt", "bang-tong-hop", "failed", 0, 0, 0, [], "read: tệp rỗng"),
            ], 3, 0, 0, 1),
        },
    };

    /// <summary>GET /api/ingest/progress/{uploadId}.</summary>
    public static ApiExample Progress { get; } = new()
    {
        Parameters = { ["uploadId"] = "4f2b9c1e-7d3a-4b6e-9a55-0c8e2f1d6b21" },
        Responses = { [200] = new IngestProgressView("quyet-dinh-ban-quet.pdf", 3, 12, 40, "OCR trang 3/12 — còn khoảng 40 s") },
    };
}
