using System.Text.RegularExpressions;
using PolicyKB.Parsing;

namespace PolicyKB.Text;

/// <summary>
/// Repairs the labels that open headings on OCR'd pages, so the clause parser sees the numbering that was printed:
/// Tesseract reads "III." as "IN." or "ITI.", "IV." as "1V.", "1." as "l.", "a)" as "à)", and drops a period now and
/// then; the parser then finds no heading and hangs every clause that follows under the previous section. A method,
/// not a list of misreadings: the labels that may come next are known from the numbering in progress
/// (<see cref="LabelSequence"/>), and a token at the start of a line that is no valid label becomes the expected label
/// nearest to it by glyph shape (<see cref="GlyphDistance"/>), when it is near enough. A Roman section must open a line
/// in capitals (a section heading); an item or point must start a paragraph. The words that open a division ("Điều",
/// "Chương", "Mục", "Khoản") are respelled when their marks were misread (<see cref="HeadingKeywords"/>). Born-digital
/// pages are never touched.
/// </summary>
public sealed partial class OcrHeadingRepairStep : ITextRepairStep
{
    // One glyph misread (0.3) for an item or point; for a section, whose capitals line is strong context, a glyph
    // misread and a stroke lost ("Il." for "III.").
    private const double MaxItemCost = GlyphDistance.ShapeCost;
    private const double MaxSectionCost = GlyphDistance.ShapeCost + GlyphDistance.StrokeCost;

    /// <inheritdoc />
    public string Name => "ocr-headings";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        if (context.OcrPages.Count == 0) return;
        var sequence = new LabelSequence();
        var paragraphStart = true;
        var sections = SectionNumbers(context);
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (line.IsBlank)
            {
                paragraphStart = true;
                continue;
            }
            var text = line.Text.Trim();
            var ocr = line.Page is { } page && context.OcrPages.Contains(page);
            var repaired = ocr ? Repair(HeadingKeywords.Repair(text) ?? text, sequence, paragraphStart, FollowingSection(sections, i)) ?? HeadingKeywords.Repair(text) : null;
            if (repaired is not null && repaired != text)
            {
                context.SetText(i, repaired);
                context.Count(Name);
                text = repaired;
            }
            Track(text, sequence);
            // A paragraph starts after a sentence ends or after a heading in capitals ("I. MỤC ĐÍCH" has no period).
            paragraphStart = EndsSentence(text) || LabelText.UppercaseShare(text) >= 0.8;
        }
    }

    /// <summary>
    /// The line with its opening label repaired, or null when it has none to repair. <paramref name="followingSection"/>
    /// is the next section number read below this line (0 when none).
    /// </summary>
    internal static string? Repair(string text, LabelSequence sequence, bool paragraphStart, int followingSection)
    {
        var m = Opening().Match(text);
        if (!m.Success) return null;
        var token = m.Groups["token"].Value;
        var separator = m.Groups["sep"].Value;
        var rest = m.Groups["rest"].Value;
        var capitals = LabelText.UppercaseShare(rest) >= 0.8 && !LabelText.StartsLowercase(rest);
        // Without its separator, only a run of strokes may be a section number: "Y TẾ XÃ" is no "V. TẾ XÃ".
        var romanShape = separator.Length > 0 || token.All(c => "Il1|!]".Contains(c));
        // A section number read again ("II." where "III." is due: a stroke lost) when the section after it is the one
        // after the due one; a plan may number two sections alike by mistake, and then the next follows the repeat.
        var repeat = capitals && LabelText.RomanValue(token) is > 0 and var value && value == sequence.CurrentRoman
            && followingSection == value + 2;
        if (!repeat && IsValidLabel(token, separator, rest, capitals, sequence))
        {
            return separator is "," or ";" ? Reseparated(token, rest, sequence, capitals, paragraphStart) : DroppedPeriod(token, separator, rest, sequence, paragraphStart);
        }
        var headingLike = paragraphStart && separator.Length > 0 && !LabelText.StartsLowercase(rest) && text.Length <= 100;
        string? best = null;
        var bestCost = double.MaxValue;
        var roman = sequence.NextRoman;
        if (capitals && romanShape && roman.Length > 0) Consider(roman, GlyphDistance.Between(token, roman), MaxSectionCost);
        if (paragraphStart && separator.Length > 0 && !repeat)
        {
            foreach (var number in sequence.NextArabic) Consider(number.ToString(), GlyphDistance.Between(token, number.ToString()), MaxItemCost);
            if (sequence.NextLetter is { } letter && token.Length == 1 && separator == ")")
            {
                Consider(letter.ToString(), GlyphDistance.Between(Bare(token.ToLowerInvariant()), letter.ToString()) + (token == letter.ToString() ? 0 : 0.01), MaxItemCost);
            }
        }
        // A section heading in lower case ("III. Nội dung thi đua") when nothing nearer fits; ties go to the item.
        if (!capitals && headingLike && roman.Length > 0) Consider(roman, GlyphDistance.Between(token, roman), MaxItemCost);
        if (best is null) return null;
        return best + (separator is "." or ")" or ":" ? separator : ".") + " " + rest;

        void Consider(string label, double cost, double max)
        {
            if (cost <= max && cost < bestCost)
            {
                best = label;
                bestCost = cost;
            }
        }
    }

    /// <summary>"I, MỤC ĐÍCH" or "2, Tăng cường…": the label due, its period read as a comma.</summary>
    private static string? Reseparated(string token, string rest, LabelSequence sequence, bool capitals, bool paragraphStart)
    {
        if (capitals && token == sequence.NextRoman) return $"{token}. {rest}";
        return paragraphStart && int.TryParse(token, out var n) && sequence.NextArabic.Contains(n) && !LabelText.StartsLowercase(rest) ? $"{token}. {rest}" : null;
    }

    /// <summary>"2 Tăng cường…" opening a paragraph, where item 2 is due, lost its period.</summary>
    private static string? DroppedPeriod(string token, string separator, string rest, LabelSequence sequence, bool paragraphStart)
    {
        if (separator.Length > 0 || !paragraphStart || !int.TryParse(token, out var n) || !sequence.NextArabic.Contains(n)) return null;
        return char.IsUpper(rest[0]) && rest.Length > 1 && char.IsLetter(rest[1]) ? $"{token}. {rest}" : null;
    }

    // A lower-case letter opening a heading in capitals ("v. TỔ CHỨC THỰC HIỆN") is a section number misread, not a point.
    // A lower-case letter with a period is a point only when it is the point due ("l." where item 1 is due is an item).
    private static bool IsValidLabel(string token, string separator, string rest, bool capitals, LabelSequence sequence) =>
        (LabelText.RomanValue(token) > 0 && token.All(char.IsUpper))
        || (token.Length == 1 && token[0] is >= 'A' and <= 'H' && separator.Length > 0)
        || (token.Length <= 2 && token.All(char.IsAsciiDigit) && separator is not ("," or ";"))
        || (token.Length == 1 && char.IsLower(token[0]) && Bare(token) == token && !capitals && (separator == ")" || (separator.Length > 0 && token[0] == sequence.NextLetter)))
        || (separator.Length == 0 && !LabelText.StartsLowercase(rest) && LabelText.UppercaseShare(rest) < 0.8 && !token.All(char.IsAsciiDigit));

    /// <summary>The section numbers read as such (a Roman numeral opening a line in capitals), by line index.</summary>
    private static SortedList<int, int> SectionNumbers(RepairContext context)
    {
        var sections = new SortedList<int, int>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var m = Opening().Match(context.Lines[i].Text.Trim());
            if (m.Success && LabelText.RomanValue(m.Groups["token"].Value) is > 0 and var value && m.Groups["token"].Value.All(char.IsUpper)
                && LabelText.UppercaseShare(m.Groups["rest"].Value) >= 0.8) sections[i] = value;
        }
        return sections;
    }

    private static int FollowingSection(SortedList<int, int> sections, int line)
    {
        foreach (var (index, value) in sections)
        {
            if (index > line) return value;
        }
        return 0;
    }

    private static void Track(string text, LabelSequence sequence)
    {
        if (text.StartsWith("PHỤ LỤC", StringComparison.Ordinal) || text.StartsWith("Phụ lục", StringComparison.Ordinal)) sequence.Restart();
        var m = Opening().Match(text);
        if (!m.Success) return;
        var token = m.Groups["token"].Value;
        var separator = m.Groups["sep"].Value;
        var rest = m.Groups["rest"].Value;
        if (LabelText.RomanValue(token) is > 0 and var roman && token.All(char.IsUpper)
            && (separator.Length > 0 || LabelText.UppercaseShare(rest) >= 0.8)) sequence.Roman(roman);
        else if (separator is "." or ")" && token.Length <= 2 && int.TryParse(token, out var number) && number > 0) sequence.Arabic(number);
        else if (separator is ")" or "." && token.Length == 1 && char.IsLower(token[0])) sequence.Letter(token[0]);
    }

    /// <summary>The letters without their tone and vowel marks ("à" → "a"); "đ" stays, it is a letter of its own.</summary>
    private static string Bare(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    private static bool EndsSentence(string text) => text.Length > 0 && ".:;!?".Contains(text[^1]);

    // A short token of letters, digits or stroke-like marks, an optional separator, a space and the heading's text.
    [GeneratedRegex(@"^(?<token>[\p{L}\d|!\[\]]{1,4})(?<sep>[.):,;]?)\s+(?<rest>\S.*)$")]
    private static partial Regex Opening();
}
