using System.Text;
using PolicyKB.Decoding;
using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

/// <summary>The analyzer never throws and always covers its input, whatever it is given.</summary>
public sealed class LayoutAnalyzerRobustnessTests
{
    [Fact]
    public void Empty_input_gives_empty_metadata_and_no_regions()
    {
        var layout = new LayoutAnalyzer().Analyze([]);

        Assert.Empty(layout.Regions);
        Assert.Null(layout.Metadata.Type);
        Assert.Empty(layout.Metadata.Recipients);
    }

    [Fact]
    public void Blank_lines_only_are_one_body()
    {
        var lines = Enumerable.Range(1, 5).Select(i => new SourceLine(i, i % 2 == 0 ? "   " : "")).ToList();

        var layout = new LayoutAnalyzer().Analyze(lines);

        Assert.Equal(new LayoutRegion(LayoutRegionKind.Body, 0, 5), Assert.Single(layout.Regions));
    }

    [Fact]
    public void Random_text_never_throws_and_is_covered()
    {
        var random = new Random(20250101);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠĐỦYƯỜNG:/|-_*()[]. \t0123456789";
        string[] fragments = ["KẾ HOẠCH", "Số:", "Số: /", "ngày tháng năm", "Nơi nhận:", "TM.", "KT. CHỦ TỊCH", "PHỤ LỤC", "Căn cứ", "|", "-------", "QUYẾT ĐỊNH", "(Ban hành kèm theo", "V/v", "Kính gửi:"];
        for (var doc = 0; doc < 200; doc++)
        {
            var lines = new List<SourceLine>();
            for (var i = 0; i < random.Next(0, 60); i++)
            {
                var sb = new StringBuilder();
                for (var k = 0; k < random.Next(0, 6); k++)
                {
                    if (random.Next(3) == 0) sb.Append(fragments[random.Next(fragments.Length)]).Append(' ');
                    else for (var c = 0; c < random.Next(0, 20); c++) sb.Append(alphabet[random.Next(alphabet.Length)]);
                }
                lines.Add(new SourceLine(i + 1, sb.ToString(), (LineStyle)random.Next(0, 64)));
            }

            var layout = new LayoutAnalyzer().Analyze(lines);

            if (lines.Count > 0) SeedLayoutTests.AssertCovers(layout.Regions, lines.Count);
        }
    }

    [Fact]
    public void Huge_lines_and_control_characters_are_harmless()
    {
        var huge = string.Concat(Enumerable.Repeat("KẾ HOẠCH Số: 1/KH-UBND Hà Nội, ngày 1 tháng 1 năm 2021 ", 20000));
        var lines = new List<SourceLine>
        {
            new(1, huge), new(2, "\0\u0001\uFFFF\uD800"), new(3, "KẾ HOẠCH"), new(4, new string('-', 100000)), new(5, "Nơi nhận:"),
            new(6, "- " + new string('x', 50000) + ";"), new(7, "GIÁM ĐỐC"), new(8, "Nguyễn Văn A"),
        };

        var layout = new LayoutAnalyzer().Analyze(lines);

        SeedLayoutTests.AssertCovers(layout.Regions, lines.Count);
    }

    [Fact]
    public void Null_text_in_a_line_is_read_as_blank()
    {
        var lines = new List<SourceLine> { new(1, null!), new(2, "KẾ HOẠCH"), new(3, "Tiêu đề"), new(4, "I. MỤC ĐÍCH") };

        var layout = new LayoutAnalyzer().Analyze(lines);

        Assert.Equal("Tiêu đề", layout.Metadata.Title);
        SeedLayoutTests.AssertCovers(layout.Regions, lines.Count);
    }
}
