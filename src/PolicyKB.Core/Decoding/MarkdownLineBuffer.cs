using System.Text;

namespace PolicyKB.Decoding;

/// <summary>
/// Per-source-line accumulator for <see cref="MarkdownLineWriter"/>: text pieces, how much of the
/// text is bold/italic, and block-level hints, then turned into <see cref="SourceLine"/>s.
/// </summary>
internal sealed class MarkdownLineBuffer
{
    private readonly string _source;
    private readonly int[] _starts;
    private readonly StringBuilder?[] _text;
    private readonly string?[] _labels;
    private readonly int[] _chars;
    private readonly int[] _boldChars;
    private readonly int[] _italicChars;
    private readonly LineStyle[] _styles;
    private readonly int[] _headingLevels;
    private readonly bool[] _touched;

    /// <summary>Creates a buffer with one slot per line of <paramref name="source"/>.</summary>
    public MarkdownLineBuffer(string source)
    {
        _source = source;
        _starts = SourceLines.Starts(source);
        var count = _starts.Length;
        _text = new StringBuilder?[count];
        _labels = new string?[count];
        _chars = new int[count];
        _boldChars = new int[count];
        _italicChars = new int[count];
        _styles = new LineStyle[count];
        _headingLevels = new int[count];
        _touched = new bool[count];
    }

    /// <summary>The Markdown source.</summary>
    public string Source => _source;

    /// <summary>Number of source lines.</summary>
    public int Count => _starts.Length;

    /// <summary>0-based line of a source position.</summary>
    public int LineOf(int position) => SourceLines.IndexOf(_starts, Math.Clamp(position, 0, Math.Max(0, _source.Length - 1)));

    /// <summary>The raw source text of a line.</summary>
    public string Raw(int line) => SourceLines.Line(_source, _starts, line);

    /// <summary>The source text from a position to the end of its line.</summary>
    public ReadOnlySpan<char> RestOfLine(int position)
    {
        if (position < 0 || position >= _source.Length) return [];
        var line = LineOf(position);
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _source.Length;
        return _source.AsSpan(position, end - position);
    }

    /// <summary>Marks lines as produced by a block, so they are not filled with raw source text.</summary>
    public void Touch(int first, int last)
    {
        for (var i = Math.Max(0, first); i <= last && i < _touched.Length; i++) _touched[i] = true;
    }

    /// <summary>Appends visible text to a line, counting its bold and italic characters.</summary>
    public void Append(int line, ReadOnlySpan<char> text, bool bold, bool italic)
    {
        if (!Valid(line) || text.IsEmpty) return;
        _touched[line] = true;
        (_text[line] ??= new StringBuilder()).Append(text);
        var visible = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) visible++;
        _chars[line] += visible;
        if (bold) _boldChars[line] += visible;
        if (italic) _italicChars[line] += visible;
    }

    /// <summary>Appends layout text (cell separators) that does not count for bold/italic.</summary>
    public void AppendSeparator(int line, string separator)
    {
        if (!Valid(line)) return;
        _touched[line] = true;
        (_text[line] ??= new StringBuilder()).Append(separator);
    }

    /// <summary>Adds a list label ("1.", "-") in front of the line; nested labels accumulate.</summary>
    public void AddLabel(int line, string label)
    {
        if (!Valid(line) || label.Length == 0) return;
        _touched[line] = true;
        _labels[line] = _labels[line] is null ? label : _labels[line] + " " + label;
    }

    /// <summary>Adds a block-level style (heading, table row) to a line.</summary>
    public void AddStyle(int line, LineStyle style, int headingLevel = 0)
    {
        if (!Valid(line)) return;
        _touched[line] = true;
        _styles[line] |= style;
        if (headingLevel > 0) _headingLevels[line] = headingLevel;
    }

    /// <summary>The finished lines, numbered from 1.</summary>
    public SourceLine[] ToLines()
    {
        var lines = new SourceLine[_starts.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (!_touched[i])
            {
                // Syntax-only lines (thematic breaks, setext underlines, reference definitions) keep their text.
                lines[i] = new SourceLine(i + 1, Raw(i).Trim());
                continue;
            }
            var content = _text[i]?.ToString().Trim() ?? string.Empty;
            var label = _labels[i];
            var text = label is null ? content : content.Length == 0 ? label : label + " " + content;
            var style = _styles[i];
            if (_chars[i] > 0 && _boldChars[i] == _chars[i]) style |= LineStyle.Bold;
            if (_chars[i] > 0 && _italicChars[i] == _chars[i]) style |= LineStyle.Italic;
            if (label is not null) style |= LineStyle.ListItem;
            lines[i] = new SourceLine(i + 1, text, style) { HeadingLevel = _headingLevels[i], ListLabel = label };
        }
        return lines;
    }

    private bool Valid(int line) => line >= 0 && line < _starts.Length;
}
