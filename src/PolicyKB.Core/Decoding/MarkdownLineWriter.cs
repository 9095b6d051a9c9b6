using System.Net;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyKB.Decoding;

/// <summary>
/// Walks a Markdig document and writes every visible character back onto the source line it came
/// from, so the output has exactly one line per source line and clause numbers stay where they were.
/// </summary>
internal sealed partial class MarkdownLineWriter
{
    // Deeper nesting is pathological input; its lines fall back to raw text instead of risking the stack.
    private const int MaxDepth = 64;

    private readonly MarkdownLineBuffer _buffer;

    /// <summary>Creates a writer for the given source text.</summary>
    public MarkdownLineWriter(string source) => _buffer = new MarkdownLineBuffer(source);

    /// <summary>Renders the parsed document to lines.</summary>
    public SourceLine[] Write(MarkdownDocument document)
    {
        WriteBlocks(document, 0);
        return _buffer.ToLines();
    }

    private void WriteBlocks(ContainerBlock container, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    if (!heading.IsSetext) _buffer.AddStyle(LineOf(heading), LineStyle.Heading, heading.Level);
                    WriteInlines(heading.Inline);
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case ListItemBlock item:
                    _buffer.AddLabel(LineOf(item), Label(item));
                    WriteBlocks(item, depth + 1);
                    break;
                case ContainerBlock inner:
                    WriteBlocks(inner, depth + 1);
                    break;
                case ThematicBreakBlock rule when rule.ThematicChar == '*':
                    // "* * *" and the converters' empty bold "** **" are pure syntax; "-----" rules stay as
                    // text because they are the letterhead separators of Nghị định 30/2020/NĐ-CP layouts.
                    _buffer.Touch(LineOf(rule), LineOf(rule));
                    break;
                case HtmlBlock html:
                    WriteHtml(html);
                    break;
                case CodeBlock code:
                    WriteCode(code);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    _buffer.Touch(LineOf(leaf), _buffer.LineOf(leaf.Span.End));
                    WriteInlines(leaf.Inline);
                    break;
            }
        }
    }

    /// <summary>The list marker exactly as written ("1.", "2)", "-"), read from the source.</summary>
    private string Label(ListItemBlock item)
    {
        var rest = _buffer.RestOfLine(item.Span.Start).TrimStart();
        var end = rest.IndexOfAny(" \t\r\n");
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    private void WriteTable(Table table)
    {
        var first = LineOf(table);
        var last = _buffer.LineOf(table.Span.End);
        for (var line = first; line <= last; line++) _buffer.AddStyle(line, LineStyle.TableRow); // separator row too
        foreach (var row in table.OfType<TableRow>())
        {
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                if (index++ > 0) _buffer.AppendSeparator(LineOf(row), " | ");
                foreach (var leaf in cell.Descendants<LeafBlock>())
                {
                    if (leaf.Inline is not null) WriteInlines(leaf.Inline);
                }
            }
        }
    }

    private void WriteHtml(HtmlBlock html)
    {
        _buffer.Touch(LineOf(html), _buffer.LineOf(html.Span.End));
        if (html.Type == HtmlBlockType.Comment) return;
        for (var i = 0; i < html.Lines.Count; i++)
        {
            var line = html.Lines.Lines[i];
            var text = WebUtility.HtmlDecode(Tag().Replace(line.Slice.ToString(), " "));
            _buffer.Append(line.Line, text, bold: false, italic: false);
        }
    }

    private void WriteCode(CodeBlock code)
    {
        _buffer.Touch(LineOf(code), _buffer.LineOf(code.Span.End)); // fence lines become blank
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i];
            _buffer.Append(line.Line, line.Slice.AsSpan(), bold: false, italic: false);
        }
    }

    /// <summary>
    /// Emits the visible text of an inline tree without recursion (emphasis can nest thousands deep in
    /// hostile input). Each leaf is placed on its own source line, so emphasis spanning lines
    /// ("**II. MỤC" / "ĐÍCH, YÊU CẦU**") styles both lines.
    /// </summary>
    private void WriteInlines(ContainerInline? root)
    {
        if (root?.FirstChild is null) return;
        var stray = false;
        var stack = new Stack<(Inline Inline, bool Bold, bool Italic)>();
        stack.Push((root.FirstChild, false, false));
        while (stack.Count > 0)
        {
            var (inline, bold, italic) = stack.Pop();
            if (inline.NextSibling is not null) stack.Push((inline.NextSibling, bold, italic));
            switch (inline)
            {
                case LiteralInline literal:
                    WriteLiteral(literal, bold, italic, ref stray);
                    break;
                case CodeInline code:
                    _buffer.Append(LineOf(code), code.Content, bold, italic);
                    break;
                case HtmlEntityInline entity:
                    _buffer.Append(LineOf(entity), entity.Transcoded.AsSpan(), bold, italic);
                    break;
                case AutolinkInline autolink:
                    _buffer.Append(LineOf(autolink), autolink.Url, bold, italic);
                    break;
                case EmphasisInline emphasis when emphasis.FirstChild is not null:
                    var strong = emphasis.DelimiterCount >= 2;
                    stack.Push((emphasis.FirstChild, bold || strong, italic || !strong));
                    break;
                case ContainerInline container when container.FirstChild is not null:
                    stack.Push((container.FirstChild, bold, italic)); // links: their text; images: alt text
                    break;
            }
        }
    }

    /// <summary>
    /// Writes literal text. Converters write HTML "&lt;b&gt;Điều 1. &lt;/b&gt;Ban" as "**Điều 1. **Ban", which
    /// CommonMark does not read as emphasis (a closing "**" may not follow a space), so the markers stay
    /// literal. Such stray markers (<see cref="IsStrayMarker"/>) are dropped and toggle bold until the
    /// next one in the block; "(**)" footnote marks stay.
    /// </summary>
    private void WriteLiteral(LiteralInline literal, bool bold, bool italic, ref bool stray)
    {
        var content = literal.Content.AsSpan();
        var start = literal.Span.Start;
        var source = _buffer.Source;
        var line = LineOf(literal);
        var mapsToSource = start >= 0 && literal.Span.Length == content.Length && start + content.Length <= source.Length;
        if (!mapsToSource || content.IndexOf("**") < 0)
        {
            _buffer.Append(line, content, bold || stray, italic);
            return;
        }
        _buffer.Touch(line, line); // a line holding only a stray "**" is blank, not raw syntax
        var segment = 0;
        var index = 0;
        while (index < content.Length)
        {
            var at = content[index..].IndexOf("**");
            if (at < 0) break;
            at += index;
            var end = at;
            while (end < content.Length && content[end] == '*') end++;
            var before = start + at - 1;
            var after = start + end;
            if (IsStrayMarker(before < 0 ? '\n' : source[before], after >= source.Length ? '\n' : source[after], stray))
            {
                _buffer.Append(line, content[segment..at], bold || stray, italic);
                if ((end - at) / 2 % 2 == 1) stray = !stray; // "****" closes and reopens: no change
                segment = end;
            }
            index = end;
        }
        _buffer.Append(line, content[segment..], bold || stray, italic);
    }

    /// <summary>
    /// A "**" run left literal by Markdig is a stray marker unless it sits between two marks, as in the
    /// footnote mark "(**)": next to a space, a line edge, a letter ("T****Ế", "Lắk**,") or another
    /// delimiter, or closing an earlier stray marker, it is conversion debris.
    /// </summary>
    private static bool IsStrayMarker(char before, char after, bool strayOpen) =>
        strayOpen || !IsMark(before) || !IsMark(after);

    private static bool IsMark(char c) => !char.IsWhiteSpace(c) && !char.IsLetterOrDigit(c) && c != '*';

    /// <summary>
    /// The 0-based source line of a node, from its span: Markdig's own Line is off for setext headings
    /// (it reports the underline), while spans are exact.
    /// </summary>
    private int LineOf(MarkdownObject node) => node.Span.Start >= 0 ? _buffer.LineOf(node.Span.Start) : node.Line;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
