using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the ingest API.</summary>
public static class IngestExamples
{
    /// <summary>POST /api/ingest.</summary>
    public static ApiExample Ingest { get; } = new()
    {
        Parameters = { ["replace"] = "false" },
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
                new IngestFileResult("bang-tong-hop.txt", "bang-tong-hop", "failed", 0, 0, 0, [], "read: tệp rỗng"),
            ], 2, 0, 0, 1),
        },
    };
}
