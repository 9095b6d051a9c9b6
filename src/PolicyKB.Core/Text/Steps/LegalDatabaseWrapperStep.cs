using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// Step 4, "legal-database-wrapper": documents saved from a legal-database web page (thuvienphapluat.vn)
/// come wrapped in the site's page: a copyright banner, a metadata table ("Số hiệu | Loại văn bản | … |
/// Tình trạng"), and after the document a title summary, "Văn bản này chưa cập nhật nội dung Tiếng Anh",
/// related documents, consent and login notices. The real document starts after the metadata table (with the
/// issuer and the quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and ends before the title summary; the rest is
/// blanked. Files without the site's markers are left untouched.
/// </summary>
public sealed partial class LegalDatabaseWrapperStep : ITextRepairStep
{
    private const int HeadReach = 150;

    /// <summary>Longer lines above the issuer block are editorial prose, not letterhead.</summary>
    private const int SummaryLineLength = 60;

    /// <inheritdoc />
    public string Name => "legal-database-wrapper";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        var lines = context.Lines;
        var loading = FindHeadMarker(lines);
        var trailer = FindTrailer(lines);
        if (loading < 0 && trailer < 0) return;

        var start = loading < 0 ? 0 : SkipEditorialSummary(lines, FindDocumentStart(lines, loading));
        var end = trailer < 0 ? lines.Count : trailer;
        if (start > end) return; // markers in an unexpected order: do nothing rather than blank the document

        var blanked = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= start && i < end) continue;
            if (lines[i].IsBlank) continue;
            context.Blank(i);
            blanked++;
        }
        context.Count(Name, blanked);
        if (blanked > 0)
            context.AddNote($"{Name}: document spans lines {Number(lines, start)}–{Number(lines, end - 1)}; blanked {blanked} lines of page furniture");
    }

    /// <summary>Index of the site's "Đang tải văn bản..." line or copyright banner near the top, or -1.</summary>
    private static int FindHeadMarker(IReadOnlyList<Decoding.SourceLine> lines)
    {
        var banner = -1;
        for (var i = 0; i < lines.Count && i < HeadReach; i++)
        {
            var text = lines[i].Text;
            if (text.Contains("Đang tải văn bản", StringComparison.Ordinal)) return i;
            if (banner < 0 && text.Contains("THƯ VIỆN PHÁP LUẬT", StringComparison.Ordinal) && text.Contains("Bản dịch này", StringComparison.Ordinal)) banner = i;
        }
        return banner;
    }

    /// <summary>
    /// First line of the document after the head marker: past the metadata table, whose last label is
    /// "Tình trạng:" followed by its value; otherwise the issuer block just above the quốc hiệu.
    /// </summary>
    private static int FindDocumentStart(IReadOnlyList<Decoding.SourceLine> lines, int marker)
    {
        for (var i = marker; i < lines.Count && i < marker + HeadReach; i++)
        {
            if (!StatusLabel().IsMatch(lines[i].Text)) continue;
            var valueSeen = StatusLabel().Match(lines[i].Text).Groups[1].Length > 0;
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (IsEmptyCell(lines[j].Text)) continue;
                if (!valueSeen) { valueSeen = true; continue; }
                return j;
            }
            return lines.Count;
        }
        for (var i = marker; i < lines.Count && i < marker + HeadReach; i++)
        {
            if (!lines[i].Text.Contains("CỘNG HÒA XÃ HỘI", StringComparison.OrdinalIgnoreCase)) continue;
            var start = i;
            var j = i - 1;
            while (j > marker && IsEmptyCell(lines[j].Text)) j--;
            while (j > marker && !IsEmptyCell(lines[j].Text) && i - j <= 6) start = j--;
            return start;
        }
        return marker + 1;
    }

    /// <summary>
    /// Some pages put an editorial summary (headline and a few paragraphs) between the metadata table and the
    /// document. The document proper opens with the issuer block beside the quốc hiệu; when the quốc hiệu
    /// comes well after the supposed start, the start moves to the issuer block above it.
    /// </summary>
    private static int SkipEditorialSummary(IReadOnlyList<Decoding.SourceLine> lines, int start)
    {
        for (var q = start; q < lines.Count && q < start + 3 * HeadReach; q++)
        {
            if (!lines[q].Text.Contains("CHỦ NGHĨA VIỆT NAM", StringComparison.OrdinalIgnoreCase)) continue;
            var j = q - 1;
            while (j >= start && (lines[j].IsBlank || IsQuocHieuPart(lines[j].Text))) j--;
            var issuer = q;
            while (j >= start && !lines[j].IsBlank && !IsEmptyCell(lines[j].Text) && q - j <= 8) issuer = j--;
            // Letterhead lines are short; a long line above the issuer block is editorial prose.
            for (var k = start; k < issuer; k++)
            {
                if (lines[k].Text.Trim().Length > SummaryLineLength) return issuer;
            }
            return start;
        }
        return start;
    }

    private static bool IsQuocHieuPart(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length < 40 && (trimmed.StartsWith("CỘNG", StringComparison.Ordinal) || trimmed.StartsWith("HÒA XÃ", StringComparison.Ordinal));
    }

    /// <summary>Index where the site's trailer starts (the title summary above "Văn bản này chưa cập nhật…"), or -1.</summary>
    private static int FindTrailer(IReadOnlyList<Decoding.SourceLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text;
            if (!text.Contains("Văn bản này", StringComparison.Ordinal) || !TrailerMarker().IsMatch(text)) continue;
            var previous = i - 1;
            while (previous >= 0 && lines[previous].IsBlank) previous--;
            return previous >= 0 && TitleSummary().IsMatch(lines[previous].Text) ? previous : i;
        }
        return -1;
    }

    private static bool IsEmptyCell(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed is "|" or "**" or "** **" or "#";
    }

    private static string Number(IReadOnlyList<Decoding.SourceLine> lines, int index) =>
        index >= 0 && index < lines.Count ? lines[index].Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    [GeneratedRegex(@"^\s*(?:\*\*)?\s*Tình trạng:\s*(?:\*\*)?\s*(\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLabel();

    [GeneratedRegex(@"^\s*Văn bản này (chưa cập nhật nội dung Tiếng Anh|có thể chưa được cập nhật)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerMarker();

    [GeneratedRegex(@"^\s*(Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Thông tư liên tịch|Chỉ thị|Kế hoạch|Công văn|Công điện|Thông báo|Văn bản hợp nhất|Hướng dẫn|Pháp lệnh|Lệnh|Báo cáo|Tờ trình|Đề án|Chương trình|Quy định|Quy chế)\s+\S*\d", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSummary();
}
