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
        var stack = new Stack<(Inline Inline, bool Bold, bool Italic)>();
        stack.Push((root.FirstChild, false, false));
        while (stack.Count > 0)
        {
            var (inline, bold, italic) = stack.Pop();
            if (inline.NextSibling is not null) stack.Push((inline.NextSibling, bold, italic));
            switch (inline)
            {
                case LiteralInline literal:
                    _buffer.Append(LineOf(literal), literal.Content.AsSpan(), bold, italic);
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
    /// The 0-based source line of a node, from its span: Markdig's own Line is off for setext headings
    /// (it reports the underline), while spans are exact.
    /// </summary>
    private int LineOf(MarkdownObject node) => node.Span.Start >= 0 ? _buffer.LineOf(node.Span.Start) : node.Line;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
