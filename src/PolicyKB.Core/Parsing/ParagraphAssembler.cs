using System.Text;
using PolicyKB.Decoding;

namespace PolicyKB.Parsing;

/// <summary>
/// Joins hard-wrapped lines into paragraphs and recognises headings at paragraph starts. A line break
/// inside a sentence is not a new clause, and a heading is never swallowed into the paragraph before it.
/// </summary>
public sealed partial class ParagraphAssembler
{
    private readonly HeadingRuleSet _rules;

    /// <summary>Creates an assembler using the given heading rules.</summary>
    public ParagraphAssembler(HeadingRuleSet rules) => _rules = rules;

    /// <summary>Assembles the lines [start, end) of <paramref name="lines"/>.</summary>
    public IReadOnlyList<LogicalLine> Assemble(IReadOnlyList<SourceLine> lines, int start, int end, WrapMode mode)
    {
        var output = new List<LogicalLine>();
        var doubleSpaced = mode == WrapMode.HardWrapped && IsDoubleSpaced(lines, start, end);
        var width = TypicalWidth(lines, start, end);
        var current = new Pending();
        var blankSeen = false;
        var quoted = false;
        var lastNumber = 0;

        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                // In double-spaced PDF text every line is followed by a blank one, so blanks say nothing.
                if (!doubleSpaced) blankSeen = true;
                continue;
            }
            // A table row is its own paragraph, also when plain text prints it between pipes: joined into a sentence
            // its cells lose their columns.
            if (line.Style.HasFlag(LineStyle.TableRow) || TableRowText.IsPipeRow(text))
            {
                current.FlushInto(output);
                output.Add(new LogicalLine(text, line.Number, line.Number, null, line.Style | LineStyle.TableRow));
                blankSeen = false;
                continue;
            }

            var canStart = !current.IsOpen || blankSeen || mode == WrapMode.OneParagraphPerLine || current.EndsSentence || current.IsTitleLine;
            if (!quoted && canStart && text.Length <= 2 && LoneNumberLabel.Read(lines, i, end, lastNumber + 1, _rules) is { } lone)
            {
                // "1" / "- Thời gian thực hiện …": the number labels the item on the next line (its list dash dropped).
                current.FlushInto(output);
                current.Begin(text, line, lone.Match);
                current.Append(lone.Text, lines[lone.TextLine]);
                lastNumber++;
                i = lone.TextLine;
                blankSeen = false;
                continue;
            }

            var startsQuote = !quoted && StartsQuotedHeading(text);
            var match = quoted || startsQuote ? null : _rules.Match(text);

            if (match is { Style: HeadingStyle.Article } && !blankSeen && current.EndsAwaitingArticle)
            {
                // "Khoản 4" / "Điều 145." (a table of references printed one cell a line): the article completes the
                // reference the line before left open, it opens no article.
                current.Append(text, line);
            }
            else if (match is not null && (!match.IsWeak || canStart || TitledBelow(match, lines, i + 1, end)))
            {
                current.FlushInto(output);
                current.Begin(text, line, match);
                lastNumber = LoneNumberLabel.NumberingAfter(match, lastNumber);
            }
            else if (current.AwaitsTitle && match is null && (LabelText.UppercaseShare(text) > 0.6 || !blankSeen))
            {
                // "Chương I" / "QUY ĐỊNH CHUNG": the title printed under the label belongs to the heading.
                current.Append(text, line);
                current.AwaitsTitle = false;
                current.TitleLines = LabelText.UppercaseShare(text) > 0.8 ? 1 : 0;
            }
            else if (current.TitleLines is > 0 and < MaxTitleLines && match is null && !blankSeen && ContinuesUpperTitle(current, text))
            {
                // "Chương II" / "HỖ TRỢ NGƯỜI LAO ĐỘNG ĐANG LÀM VIỆC" / "TRONG DOANH NGHIỆP": a centred upper-case title is
                // broken for balance, not at the page width, so its next upper-case line is more of the title.
                current.Append(text, line);
                current.TitleLines++;
            }
            else if (ShouldJoin(current, text, mode, blankSeen, width))
            {
                current.Append(text, line);
            }
            else
            {
                current.FlushInto(output);
                current.Begin(text, line, null);
            }

            if (startsQuote) quoted = true;
            if (quoted && EndsQuote(text)) quoted = false;
            blankSeen = false;
        }
        current.FlushInto(output);
        return output;
    }

    /// <summary>
    /// True when a weak appendix label heads a capitalised title ("Phụ lục 01" / "MẪU BIÊN BẢN KIỂM ĐỊNH"), on its own line or
    /// the next one: a printed heading set apart, even below a running page header that ends no sentence.
    /// </summary>
    private static bool TitledBelow(HeadingMatch match, IReadOnlyList<SourceLine> lines, int next, int end)
    {
        if (match.Style != HeadingStyle.Appendix) return false;
        if (match.Rest.Length > 0) return IsCapitalTitle(match.Rest);
        while (next < end && lines[next].Text.Trim().Length == 0) next++;
        return next < end && IsCapitalTitle(lines[next].Text.Trim());
    }

    private static bool IsCapitalTitle(string text) => LabelText.UppercaseShare(text) > 0.8 && text.Count(char.IsLetter) >= 6;

    private const int MaxTitleLines = 3;
    private const int MaxTitleLength = 200;

    /// <summary>An upper-case line of words (not a lone table cell such as "TT") that keeps a title within its length.</summary>
    private static bool ContinuesUpperTitle(Pending current, string text) =>
        !current.EndsSentence && current.Length + text.Length < MaxTitleLength && LabelText.UppercaseShare(text) > 0.8
        && text.Count(char.IsLetter) >= 6 && text.Contains(' ');

    private static bool ShouldJoin(Pending current, string text, WrapMode mode, bool blankSeen, int width)
    {
        if (!current.IsOpen || blankSeen) return false;
        switch (mode)
        {
            case WrapMode.OneParagraphPerLine:
                return false;
            case WrapMode.Markdown:
                return true;
            default:
                if (current.EndsSentence) return false;
                if (StartsLowercase(text)) return true;
                // A wrapped line runs to (nearly) the full width; a short line ends its paragraph.
                return current.LastLineLength >= width * 0.7;
        }
    }

    /// <summary>True when text ends a sentence (., ;, :, !, ?, …), possibly followed by a closing quote or bracket.</summary>
    internal static bool EndsSentence(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!IsClosing(text[i])) return IsSentenceEnd(text[i]);
        }
        return false;
    }

    private static bool IsClosing(char c) => c is ' ' or '"' or '”' or '’' or ')' or '*';

    private static bool IsSentenceEnd(char c) => c is '.' or ';' or ':' or '!' or '?' or '…';

    private static bool StartsLowercase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (!char.IsPunctuation(c)) return false;
        }
        return false;
    }

    /// <summary>A quoted amendment ("1. Phụ cấp…" inside quotes) is text of the amending clause, not a heading.</summary>
    private bool StartsQuotedHeading(string text) =>
        text.Length > 2 && text[0] is '"' or '“' && _rules.Match(text[1..].TrimStart()) is not null;

    private static bool EndsQuote(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', ';', ',');
        return trimmed.Length > 0 && trimmed[^1] is '"' or '”';
    }

    private static bool IsDoubleSpaced(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        int textLines = 0, followedByBlank = 0;
        for (var i = start; i < end - 1; i++)
        {
            if (lines[i].IsBlank) continue;
            textLines++;
            if (lines[i + 1].IsBlank) followedByBlank++;
        }
        return textLines >= 10 && followedByBlank > textLines * 0.8;
    }

    private static int TypicalWidth(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var lengths = new List<int>();
        for (var i = start; i < end; i++)
        {
            var length = lines[i].Text.Trim().Length;
            if (length > 0) lengths.Add(length);
        }
        if (lengths.Count == 0) return 80;
        lengths.Sort();
        return Math.Max(20, lengths[(int)(lengths.Count * 0.9)]);
    }
}
