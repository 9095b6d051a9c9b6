using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using PolicyKB.Facts;

namespace PolicyKB.Web.Services;

/// <summary>
/// Tasks and targets as an Excel workbook (.xlsx, written by MiniExcel): one row per fact with the document it comes
/// from and the clause that states it, a frozen header row and an auto filter, so an official can sort and filter in
/// Excel exactly as on the page.
/// </summary>
public static class FactWorkbook
{
    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly OpenXmlConfiguration Layout = new() { AutoFilter = true, FreezeRowCount = 1, EnableAutoWidth = true, FastMode = true };

    /// <summary>Writes the tasks to <paramref name="output"/> as the sheet "Nhiệm vụ".</summary>
    public static void WriteTasks(IEnumerable<FoundTask> tasks, Stream output)
    {
        var rows = tasks.Select((found, index) => new Dictionary<string, object?>
        {
            ["STT"] = index + 1,
            ["Văn bản"] = found.DocumentName ?? found.DocumentId,
            ["Nhiệm vụ"] = found.Task.Text,
            ["Cơ quan chủ trì"] = found.Task.LeadText() ?? "",
            ["Cơ quan phối hợp"] = string.Join("; ", found.Task.Cooperating),
            ["Thời hạn"] = found.Task.Deadline?.Text ?? "",
            ["Từ ngày"] = DateOf(found.Task.Deadline?.From),
            ["Đến ngày"] = DateOf(found.Task.Deadline?.To),
            ["Sản phẩm"] = found.Task.Output ?? "",
            ["Điều khoản"] = ClausePath(found.Task.ClauseId, found.DocumentId),
            ["Dòng"] = found.Task.Line,
        }).ToList();
        Save(output, "Nhiệm vụ", rows);
    }

    /// <summary>Writes the targets to <paramref name="output"/> as the sheet "Chỉ tiêu".</summary>
    public static void WriteTargets(IEnumerable<FoundTarget> targets, Stream output)
    {
        var rows = targets.Select((found, index) => new Dictionary<string, object?>
        {
            ["STT"] = index + 1,
            ["Văn bản"] = found.DocumentName ?? found.DocumentId,
            ["Chỉ tiêu"] = found.Target.Indicator,
            ["So sánh"] = found.Target.Comparator,
            ["Giá trị"] = found.Target.Value,
            ["Đơn vị"] = found.Target.Unit ?? "",
            ["Năm/giai đoạn"] = found.Target.Period ?? "",
            ["Địa phương"] = found.Target.Scope ?? found.DocumentPlace ?? "",
            ["Năm văn bản"] = found.DocumentYear,
            ["Nguyên văn"] = found.Target.Raw,
            ["Điều khoản"] = ClausePath(found.Target.ClauseId, found.DocumentId),
            ["Dòng"] = found.Target.Line,
        }).ToList();
        Save(output, "Chỉ tiêu", rows);
    }

    private static void Save(Stream output, string sheet, List<Dictionary<string, object?>> rows)
    {
        // An empty list would give a sheet without even its header; one blank row keeps the columns an official expects.
        object value = rows.Count > 0 ? rows : new[] { new Dictionary<string, object?> { ["STT"] = null, ["Ghi chú"] = "Không có dữ kiện nào phù hợp." } };
        output.SaveAs(value, sheetName: sheet, excelType: ExcelType.XLSX, configuration: Layout);
    }

    // Dates as Excel dates, so the column sorts and filters by date; partial or missing values stay empty.
    private static object? DateOf(string? iso) =>
        DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string ClausePath(string clauseId, string documentId) =>
        clauseId.StartsWith(documentId + "/", StringComparison.Ordinal) ? clauseId[(documentId.Length + 1)..] : clauseId;
}
