using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// Test-only stand-in for the decoders and the text repair (built elsewhere): turns Markdown or extracted
/// text into decoded lines roughly as they will arrive — NFC, "ƣ" → "ư", emphasis, escapes, leading "#"
/// and "[bookmark: …]" removed, pipe-table rows as " | " cells, gazette page headers blanked — with
/// Bold / Heading / TableRow styles marked.
/// </summary>
internal static partial class TestLines
{
    public static IReadOnlyList<SourceLine> FromFile(string path) => FromText(File.ReadAllText(path));

    public static IReadOnlyList<SourceLine> FromText(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Split('\n');
        var result = new List<SourceLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++) result.Add(Line(i + 1, lines[i]));
        return result;
    }

    private static SourceLine Line(int number, string raw)
    {
        var style = LineStyle.None;
        var text = raw.Replace('ƣ', 'ư').Replace('Ƣ', 'Ư');
        text = Bookmark().Replace(text, "");
        var trimmed = text.Trim();
        if (GazetteHeader().IsMatch(trimmed)) return new SourceLine(number, "");
        var level = 0;
        if (trimmed.StartsWith('#'))
        {
            level = trimmed.TakeWhile(c => c == '#').Count();
            text = trimmed.TrimStart('#').TrimStart();
            style |= LineStyle.Heading;
        }
        if (trimmed.Length > 4 && trimmed.StartsWith("**") && trimmed.TrimEnd().EndsWith("**")) style |= LineStyle.Bold;
        if (trimmed.StartsWith('|') && trimmed.EndsWith('|') && trimmed.Count(c => c == '|') >= 3)
        {
            var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' '))) return new SourceLine(number, "");
            text = string.Join(" | ", cells.Select(Clean));
            style |= LineStyle.TableRow;
        }
        else text = Clean(text);
        return new SourceLine(number, text, style) { HeadingLevel = level };
    }

    private static string Clean(string text) => Escape().Replace(text.Replace("**", "").Replace("*", ""), "$1");

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^(?:CÔNG BÁO/Số[^/]*/Ngày [\d\-]+|\d{1,3})$")]
    private static partial Regex GazetteHeader();
}
