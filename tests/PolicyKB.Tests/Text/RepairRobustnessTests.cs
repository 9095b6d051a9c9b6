using PolicyKB.Decoding;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>Repair never throws, whatever the decoder hands over, and never renumbers, merges or drops lines.</summary>
public sealed class RepairRobustnessTests
{
    private static readonly TextRepairer Repairer = TextRepairer.CreateDefault();

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Survives_random_text_and_keeps_line_numbers(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "aăâeêioôơuưy đ tr ng dư m l  ,.;:*_$\\#|[]()-–—ƣÐСР\u00A0\u200B\u00AD\uFEFF\u0301\u0085\t0123456789ẻẹỡ";
        var lines = Enumerable.Range(0, 200).Select(_ =>
        {
            var length = random.Next(0, random.Next(2) == 0 ? 40 : 3000);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
                chars[i] = random.Next(10) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }).ToArray();
        var input = new DecodedText("pdf", lines.Select((t, i) => new SourceLine(i * 3 + 7, t, LineStyle.Bold) { Page = i / 40 }).ToArray());

        var repaired = Repairer.Repair(input);

        Assert.Equal(input.Lines.Select(l => l.Number), repaired.Lines.Select(l => l.Number));
        Assert.DoesNotContain(repaired.Notes, n => n.Contains("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void Survives_empty_documents_and_furniture_only_documents()
    {
        Assert.Empty(Repairer.Repair(new DecodedText("txt", [])).Lines);

        var furniture = Repairer.Repair(RepairInput.FromLines(["CÔNG BÁO/Số 1 + 2/Ngày 1-1-2025", "3", "Đang tải văn bản...", "Văn bản này chưa cập nhật nội dung Tiếng Anh"]));

        Assert.All(furniture.Lines, l => Assert.True(l.IsBlank));
        Assert.Equal([1, 2, 3, 4], furniture.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Keeps_layout_hints_of_changed_lines_and_drops_them_on_blanked_ones()
    {
        var input = new DecodedText("pdf",
        [
            new SourceLine(10, "**KẾ HOẠCH**", LineStyle.Heading | LineStyle.Centered) { HeadingLevel = 1, Page = 1 },
            new SourceLine(11, "CÔNG BÁO/Số 977 + 978/Ngày 25-7-2025", LineStyle.Centered) { Page = 2 },
        ]);

        var repaired = Repairer.Repair(input);

        Assert.Equal(new SourceLine(10, "KẾ HOẠCH", LineStyle.Heading | LineStyle.Centered) { HeadingLevel = 1, Page = 1 }, repaired.Lines[0]);
        Assert.Equal(new SourceLine(11, string.Empty) { Page = 2 }, repaired.Lines[1]);
    }

    [Fact]
    public void A_failing_step_is_reported_and_the_others_still_run()
    {
        var repairer = new TextRepairer([new ThrowingStep(), new WhitespaceStep()]);

        var repaired = repairer.Repair(RepairInput.FromLines(["  Kế   hoạch  "]));

        Assert.Equal("Kế hoạch", repaired.Lines[0].Text);
        Assert.Contains(repaired.Notes, n => n.StartsWith("boom: skipped after an internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_repairs_per_step()
    {
        var repaired = Repairer.Repair(RepairInput.FromLines(["Sơn Dƣơng", "**KẾ HOẠCH**", "CÔNG BÁO/Số 1/Ngày 2-3-2025", "4", "bà m , tr  em"]));

        Assert.Equal(1, repaired.Counts["characters"]);
        Assert.Equal(1, repaired.Counts["markup"]);
        Assert.Equal(2, repaired.Counts["gazette-furniture"]);
        Assert.Equal(2, repaired.Counts["glyph-gaps"]);
        Assert.Equal(6, repaired.RepairCount);
    }

    private sealed class ThrowingStep : ITextRepairStep
    {
        public string Name => "boom";

        public void Apply(RepairContext context) => throw new InvalidOperationException("defect");
    }
}
