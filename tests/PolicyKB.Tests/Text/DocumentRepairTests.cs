using System.Text.RegularExpressions;
using PolicyKB.Tests.Support;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>
/// The default repairer over whole real documents: the five seed plans (content/) and the 25 corpus files
/// (../shared/corpus, skipped when absent). Whatever the source, no damage marker survives and every line
/// keeps its number.
/// </summary>
public sealed partial class DocumentRepairTests
{
    private static readonly TextRepairer Repairer = TextRepairer.CreateDefault();

    public static TheoryData<string> Documents
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(SharedData.ContentDirectory).Order()) data.Add(file);
            if (SharedData.CorpusDirectory is { } corpus)
            {
                foreach (var file in Directory.GetFiles(corpus, "*.txt").Order()) data.Add(file);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Leaves_no_damage_marker_and_keeps_every_line_number(string path)
    {
        var input = RepairInput.FromFile(path);

        var repaired = Repairer.Repair(input);

        Assert.Equal(input.Lines.Select(l => l.Number), repaired.Lines.Select(l => l.Number));
        foreach (var line in repaired.Lines)
        {
            Assert.DoesNotContain('ƣ', line.Text);
            Assert.DoesNotContain('Ƣ', line.Text);
            Assert.DoesNotContain('\u00D0', line.Text);
            Assert.DoesNotContain("[bookmark:", line.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("**", line.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(GazetteHeader(), line.Text);
            Assert.DoesNotMatch(SignatureTime(), line.Text);
            Assert.Equal(line.Text.Trim(), line.Text);
            Assert.DoesNotContain("  ", line.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("011_kh-980-ubnd-nghean-phong-thu-dan-su-tvpl-wrapper.txt", "ỦY BAN NHÂN DÂN", "Nguyễn Văn Đệ")]
    [InlineData("016_qd-3005-ubnd-hatinh-tthc-giam-dinh-syt-tvpl-wrapper.txt", "ỦY BAN NHÂN DÂN", "Số: 3005/QĐ-UBND")]
    public void Keeps_only_the_document_of_a_legal_database_page(string file, string firstLine, string kept)
    {
        if (SharedData.CorpusDirectory is not { } corpus) return;

        var repaired = Repairer.Repair(RepairInput.FromFile(Path.Combine(corpus, file)));

        var text = repaired.Lines.Where(l => !l.IsBlank).Select(l => l.Text).ToList();
        Assert.Equal(firstLine, text[0]);
        Assert.Contains(kept, text);
        Assert.Contains(text, t => t.StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("THƯ VIỆN PHÁP LUẬT", StringComparison.Ordinal) || t.Contains("ThuVienPhapLuat", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("Đang tải văn bản", StringComparison.Ordinal) || t.Contains("Văn bản này chưa cập nhật", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.StartsWith("Số hiệu:", StringComparison.Ordinal) || t.StartsWith("Tình trạng:", StringComparison.Ordinal));
    }

    [Fact]
    public void Removes_gazette_furniture_but_not_the_signature_of_the_document()
    {
        if (SharedData.CorpusDirectory is not { } corpus) return;

        var repaired = Repairer.Repair(RepairInput.FromFile(Path.Combine(corpus, "028_nd-188-2025-huong-dan-luat-bhyt-pdftext.txt")));

        var text = repaired.Lines.Where(l => !l.IsBlank).Select(l => l.Text).ToList();
        Assert.Equal("CHÍNH PHỦ", text[0]);
        Assert.DoesNotContain(text, t => t.StartsWith("Người ký:", StringComparison.Ordinal) || t.Contains("XUẤT BẢN", StringComparison.Ordinal));
        Assert.DoesNotContain("congbao@chinhphu.vn", text);
        Assert.Contains("TM. CHÍNH PHỦ", text);
        Assert.True(repaired.Counts["gazette-furniture"] > 100);
    }

    [GeneratedRegex(@"^\s*(\d+\s+)?CÔNG BÁO\s*/\s*Số")]
    private static partial Regex GazetteHeader();

    [GeneratedRegex(@"^(Thời gian ký|Ngày ký)\s*:\s*\d")]
    private static partial Regex SignatureTime();
}
