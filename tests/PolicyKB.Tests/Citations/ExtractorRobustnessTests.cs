using System.Text;
using PolicyKB.Citations;

namespace PolicyKB.Tests.Citations;

/// <summary>The extractor never throws and always returns sorted, non-overlapping spans that match the text.</summary>
public sealed class ExtractorRobustnessTests
{
    private const string Alphabet = "0123456789/-., ;:()QĐđNDTCKHUBNDVgtsốlàuậtLuậtNghị quyết địnhChỉ thị ngày tháng năm của về\n\u00A0\"“”";

    private static readonly CitationExtractor Extractor = CitationExtractor.CreateDefault();

    [Fact]
    public void Random_text_never_throws_and_spans_are_consistent()
    {
        var random = new Random(20240405);
        var scope = new CitationScope();
        for (var n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 300);
            for (var i = 0; i < length; i++)
            {
                sb.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)]);
            }
            AssertConsistent(sb.ToString(), Extractor.ExtractCore(sb.ToString(), scope));
        }
    }

    [Fact]
    public void Huge_and_degenerate_lines_are_handled()
    {
        string[] texts =
        [
            "",
            " ",
            "số",
            "số 94/2018/NQ-HĐND",
            "Luật",
            "Luật ",
            "Nghị quyết Trung ương",
            "(sau đây gọi tắt là Chỉ thị 25)",
            string.Concat(Enumerable.Repeat("Quyết định số 1/QĐ-UBND ngày 1/1/2021 của UBND tỉnh ", 5000)),
            string.Concat(Enumerable.Repeat("1/QĐ-", 40000)),
            new string('/', 100000),
            string.Concat(Enumerable.Repeat("Luật Khám bệnh, ", 20000)),
        ];
        foreach (var text in texts)
        {
            AssertConsistent(text, Extractor.ExtractCore(text, new CitationScope()));
        }
    }

    [Fact]
    public void Extract_returns_nothing_for_null_input()
    {
        Assert.Empty(Extractor.Extract(null!, new CitationScope()));
        Assert.Empty(Extractor.Extract("Quyết định số 281/QĐ-TTg", null!));
    }

    private static void AssertConsistent(string text, IReadOnlyList<CitationMatch> matches)
    {
        var previousEnd = 0;
        foreach (var m in matches)
        {
            Assert.True(m.Start >= previousEnd, "sorted and not overlapping");
            Assert.True(m.Length > 0 && m.Start + m.Length <= text.Length);
            Assert.Equal(text.Substring(m.Start, m.Length), m.Raw);
            Assert.False(string.IsNullOrWhiteSpace(m.Key));
            previousEnd = m.Start + m.Length;
        }
    }
}
