using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Browser;

/// <summary>
/// Every page speaks Vietnamese to its reader: no English program words, configuration keys, API paths or internal ids
/// in what is shown (text, tooltips, placeholders, names read by screen readers).
/// </summary>
public sealed partial class VietnameseWordingTests(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private const string ShownText = """
        () => {
          const texts = [document.body.innerText];
          for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
          }
          return texts.join('\n');
        }
        """;

    [ChromiumFact]
    public async Task No_page_shows_english_program_words_configuration_keys_api_paths_or_internal_ids()
    {
        var (page, problems) = await session.NewPageAsync();
        var leaks = new List<string>();
        await PageTour.VisitAsync(page, async state =>
        {
            var text = await page.EvaluateAsync<string>(ShownText);
            var found = Leaks(text).Distinct().ToList();
            output.WriteLine($"{state}: {found.Count} leaks");
            leaks.AddRange(found.Select(f => $"{state}: {f}"));
        });
        problems.RemoveAll(PageTour.IsExpectedRefusal);
        Assert.Empty(problems);
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData("Phần preamble", "preamble")]
    [InlineData("decode: Could not find any xref tables", "decode")]
    [InlineData("Xem ha-tinh-2024-cung-co-y-te-co-so/III.2.d", "ha-tinh-2024-cung-co-y-te-co-so/III.2.d")]
    [InlineData("Thiếu PolicyKB:Api:ApiKey", "PolicyKB:Api:ApiKey")]
    [InlineData("Gọi /api/ingest", "api/")]
    [InlineData("giá trị undefined", "undefined")]
    public void The_scan_finds_each_kind_of_leak(string text, string expected) => Assert.Contains(expected, Leaks(text));

    [Theory]
    [InlineData("Tệp gốc ha-tinh-2024-cung-co-y-te-co-so.txt")] // a file name is what the user uploaded
    [InlineData("Kế hoạch số 242-KH/TU ngày 20/3/2024; Chỉ thị 25-CT/TW")]
    [InlineData("PolicyKB · Tài liệu API")]
    public void The_scan_accepts_vietnamese_text_document_numbers_and_file_names(string text) => Assert.Empty(Leaks(text));

    private static IEnumerable<string> Leaks(string text) =>
        DenyWord().Matches(text).Concat(ConfigKey().Matches(text)).Concat(ApiPath().Matches(text)).Concat(IdShaped().Matches(text)).Select(m => m.Value);

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])(preamble|title|decode|parse|null|undefined|NaN|error|exception|object|true|false)(?![\p{L}\p{N}_-])", RegexOptions.IgnoreCase)]
    private static partial Regex DenyWord();

    [GeneratedRegex(@"PolicyKB:[A-Za-z:]+")]
    private static partial Regex ConfigKey();

    [GeneratedRegex(@"api/", RegexOptions.IgnoreCase)]
    private static partial Regex ApiPath();

    // A slug of three or more lowercase ASCII parts ("ha-tinh-2024-…"), with an optional clause path ("/III.2.d"),
    // unless it is a file name.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_/-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?:/[A-Za-z0-9.\-]+)?(?![\p{L}\p{N}_-]|\.(?:txt|md|markdown|pdf|docx)\b)")]
    private static partial Regex IdShaped();
}
