using PolicyKB.Contracts;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>Sample records shared by the OpenAPI examples, taken from a bundled plan (Kế hoạch 36/KH-SYT of Hà Giang).</summary>
public static class SampleData
{
    /// <summary>The sample document's id.</summary>
    public const string DocumentId = "ha-giang-2021-ky-niem-ngay-thay-thuoc";

    /// <summary>A sample clause id.</summary>
    public const string ClauseId = DocumentId + "/II.1";

    /// <summary>The sample document.</summary>
    public static DocumentSummary Document { get; } = new(
        DocumentId, DocumentId + ".md", "Kế hoạch", "36/KH-SYT",
        "Tổ chức các hoạt động kỷ niệm 66 năm ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2021)",
        "Sở Y tế tỉnh Hà Giang", "Hà Giang", "2021-01-29", "Lương Viết Thuận", 28, 5)
    {
        SignerPosition = "GIÁM ĐỐC",
        Format = "md",
    };

    /// <summary>A sample basis citation.</summary>
    public static CitationView Citation { get; } = new(
        DocumentId, DocumentId + "/preamble", "Nghị định số 111/2018/NĐ-CP, ngày 31/8/2018 của Chính phủ", "111/2018/NĐ-CP",
        "Nghị định", "111/2018/NĐ-CP", "2018-08-31", "Chính phủ",
        "Quy định về ngày thành lập, ngày truyền thống, ngày hưởng ứng của các bộ, ngành, địa phương", true, 11)
    {
        Start = 7,
        Length = 57,
    };

    /// <summary>A sample clause.</summary>
    public static ClauseView Clause { get; } = new(
        ClauseId, DocumentId + "/II", "1", "", ["II"],
        "1. Tổ chức gặp mặt, tọa đàm kỷ niệm 66 năm ngày Thầy thuốc Việt Nam.", "item", 24, 24)
    {
        DisplayLabel = "1.",
        NextId = DocumentId + "/II.2",
    };

    /// <summary>A sample clause reference.</summary>
    public static ClauseRef ClauseRef { get; } = new(ClauseId, "1", "1.", "", "item");

    /// <summary>Sample facets.</summary>
    public static SearchFacets Facets { get; } = new(
        [new("Kế hoạch", 5)],
        [new("Sở Y tế tỉnh Hà Tĩnh", 1), new("Sở Y tế tỉnh Hà Giang", 1)],
        [new("Hà Tĩnh", 2), new("Hà Giang", 1)],
        [new("2021", 4)]);
}
