using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKB.Decoding;

/// <summary>
/// Reads the body of a Word document in order: one <see cref="SourceLine"/> per paragraph and one per
/// table row, numbered 1, 2, 3… in that order (a table row counts as one unit). Line breaks inside a
/// paragraph (w:br, Shift+Enter) are joined with a space: the paragraph, not the visual line, is Word's unit.
/// </summary>
internal sealed class WordBodyReader
{
    // Nested content controls and tables deeper than this are pathological; their text is skipped.
    private const int MaxDepth = 32;

    private readonly WordStyles _styles;
    private readonly WordNumbering _numbering;
    private readonly DecodingBudget _budget;
    private readonly List<SourceLine> _lines = [];

    /// <summary>Creates a reader over the document's styles and numbering, spending <paramref name="budget"/>.</summary>
    public WordBodyReader(WordStyles styles, WordNumbering numbering, DecodingBudget budget)
    {
        _styles = styles;
        _numbering = numbering;
        _budget = budget;
    }

    /// <summary>All lines of the body.</summary>
    public IReadOnlyList<SourceLine> Read(Body body)
    {
        ReadBlocks(body, 0);
        return _lines;
    }

    private void ReadBlocks(OpenXmlElement container, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Add(ReadParagraph(paragraph, _lines.Count + 1));
                    break;
                case Table table:
                    foreach (var row in Rows(table)) Add(ReadRow(row, _lines.Count + 1, depth));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    ReadBlocks(element, depth + 1);
                    break;
            }
        }
    }

    private void Add(SourceLine line)
    {
        _budget.AddLine(line.Text);
        _lines.Add(line);
        if (_lines.Count % 1024 == 0) _budget.CheckTime("đọc nội dung tài liệu Word");
    }

    /// <summary>
    /// Text being assembled into one line (a paragraph's runs, a row's cells) is refused as soon as it outgrows a
    /// line, before nested tables copy it level after level.
    /// </summary>
    private void CheckLength(int length)
    {
        _budget.CheckLineLength(length, _lines.Count + 1);
    }

    private SourceLine ReadParagraph(Paragraph paragraph, int number)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = _styles.ParagraphStyleId(properties);
        var text = new StringBuilder();
        var visible = 0;
        var bold = 0;
        AppendRuns(paragraph, styleId, text, ref visible, ref bold, 0);

        var label = Label(properties, styleId);
        var content = text.ToString().Trim();
        var style = LineStyle.None;
        var outline = properties?.OutlineLevel?.Val?.Value;
        var level = outline is >= 0 and < 9 ? outline.Value + 1 : _styles.HeadingLevel(styleId);
        if (level > 0) style |= LineStyle.Heading;
        if (visible > 0 && bold == visible) style |= LineStyle.Bold;
        var justification = properties?.Justification?.Val;
        if (justification is not null ? justification.Value == JustificationValues.Center : _styles.Centered(styleId)) style |= LineStyle.Centered;
        if (label is not null) style |= LineStyle.ListItem;
        var line = label is null ? content : content.Length == 0 ? label : label + " " + content;
        return new SourceLine(number, line, style) { HeadingLevel = level, ListLabel = label };
    }

    private string? Label(ParagraphProperties? properties, string? styleId)
    {
        var numbering = properties?.NumberingProperties;
        var fromStyle = numbering?.NumberingId is null;
        if (fromStyle) numbering = _styles.Numbering(styleId);
        var numId = numbering?.NumberingId?.Val?.Value;
        if (numId is null) return null;
        var level = numbering!.NumberingLevelReference?.Val?.Value ?? (fromStyle ? -1 : 0);
        return _numbering.Next(numId.Value, level, styleId);
    }

    /// <summary>Collects run text; deleted and moved-away runs and text boxes are not part of the paragraph.</summary>
    private void AppendRuns(OpenXmlElement container, string? styleId, StringBuilder text, ref int visible, ref int bold, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Run run:
                    AppendRun(run, styleId, text, ref visible, ref bold);
                    CheckLength(text.Length);
                    break;
                case ParagraphProperties or DeletedRun or MoveFromRun:
                    break;
                default:
                    if (element.HasChildren) AppendRuns(element, styleId, text, ref visible, ref bold, depth + 1);
                    break;
            }
        }
    }

    private void AppendRun(Run run, string? paragraphStyle, StringBuilder text, ref int visible, ref int bold)
    {
        var start = text.Length;
        foreach (var element in run.ChildElements)
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar or Break or CarriageReturn or PositionalTab: text.Append(' '); break; // w:br: join with a space
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\t') text[i] = ' ';
        }
        var count = 0;
        for (var i = start; i < text.Length; i++) if (!char.IsWhiteSpace(text[i])) count++;
        if (count == 0) return;
        visible += count;
        if (IsBold(run, paragraphStyle)) bold += count;
    }

    private bool IsBold(Run run, string? paragraphStyle)
    {
        var direct = WordStyles.IsOn(run.RunProperties?.Bold);
        if (direct is not null) return direct.Value;
        var characterStyle = run.RunProperties?.RunStyle?.Val?.Value;
        return characterStyle is not null && _styles.Bold(characterStyle) || _styles.Bold(paragraphStyle);
    }

    private SourceLine ReadRow(TableRow row, int number, int depth)
    {
        var cells = new List<string>();
        var length = 0;
        foreach (var cell in Cells(row))
        {
            cells.Add(CellText(cell, depth + 1));
            length += cells[^1].Length + 3;
            CheckLength(length);
        }
        return new SourceLine(number, string.Join(" | ", cells), LineStyle.TableRow);
    }

    /// <summary>A cell's paragraphs (numbered ones with their labels) and nested tables, joined with spaces.</summary>
    private string CellText(OpenXmlElement cell, int depth)
    {
        var parts = new List<string>();
        int length = 0, counted = 0;
        if (depth > MaxDepth) return string.Empty;
        foreach (var element in cell.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = ReadParagraph(paragraph, 0).Text;
                    if (text.Length > 0) parts.Add(text);
                    break;
                case Table table:
                    foreach (var row in Rows(table)) parts.Add(ReadRow(row, 0, depth).Text);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    parts.Add(CellText(element, depth + 1));
                    break;
            }
            if (parts.Count > counted)
            {
                length += parts[^1].Length + 1;
                counted = parts.Count;
                CheckLength(length);
            }
        }
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static IEnumerable<TableRow> Rows(Table table) =>
        table.ChildElements.SelectMany(e => e switch
        {
            TableRow row => [row],
            SdtRow sdt => sdt.Descendants<TableRow>(),
            _ => Enumerable.Empty<TableRow>(),
        });

    private static IEnumerable<OpenXmlElement> Cells(TableRow row) =>
        row.ChildElements.SelectMany(e => e switch
        {
            TableCell cell => [cell],
            SdtCell sdt => sdt.Descendants<TableCell>().Cast<OpenXmlElement>(),
            _ => Enumerable.Empty<OpenXmlElement>(),
        });
}
