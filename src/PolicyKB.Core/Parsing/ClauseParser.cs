using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Parsing;

/// <summary>Splits a document's body into its clause tree: paragraphs first, then nesting.</summary>
public sealed class ClauseParser
{
    private readonly ParagraphAssembler _assembler;

    /// <summary>Creates a parser with the given heading rules.</summary>
    public ClauseParser(HeadingRuleSet rules) => _assembler = new ParagraphAssembler(rules);

    /// <summary>A parser with the default rules for Vietnamese legal and administrative documents.</summary>
    public static ClauseParser CreateDefault() => new(HeadingRuleSetBuilder.CreateDefault().Build());

    /// <summary>The wrap mode that fits a decoded format.</summary>
    public static WrapMode ModeFor(string format) => format switch
    {
        "md" => WrapMode.Markdown,
        "docx" => WrapMode.OneParagraphPerLine,
        _ => WrapMode.HardWrapped,
    };

    /// <summary>Parses the body segments of one document into clauses in document order. Never throws on text.</summary>
    public IReadOnlyList<Clause> Parse(string documentId, IReadOnlyList<SourceLine> lines, IReadOnlyList<BodySegment> segments, WrapMode mode)
    {
        var builder = new ClauseTreeBuilder(documentId);
        foreach (var segment in segments)
        {
            var start = Math.Clamp(segment.Start, 0, lines.Count);
            var end = Math.Clamp(segment.End, start, lines.Count);
            var header = segment.HeaderStart >= 0 && segment.HeaderStart < start
                ? string.Join('\n', lines.Skip(segment.HeaderStart).Take(start - segment.HeaderStart).Select(l => l.Text.Trim()).Where(t => t.Length > 0))
                : "";
            var firstLine = segment.HeaderStart >= 0 && segment.HeaderStart < lines.Count ? lines[segment.HeaderStart].Number : start < lines.Count ? lines[start].Number : 0;
            builder.BeginSegment(segment.AttachmentType, segment.AttachmentTitle, header, firstLine, start > 0 && start <= lines.Count ? lines[start - 1].Number : firstLine);
            if (segment.AddresseeStart >= 0 && segment.AddresseeStart < start && Addressees(lines, segment.AddresseeStart, start) is { } addressees)
            {
                builder.AddAddressees(addressees);
            }
            var body = segment.Skipped.Count == 0 ? lines : WithoutSkipped(lines, segment.Skipped, start, ref end);
            foreach (var paragraph in _assembler.Assemble(body, start, end, mode)) builder.Add(paragraph);
        }
        return builder.Build();
    }

    /// <summary>
    /// The lines with a segment's skipped ranges taken out of [<paramref name="start"/>, <paramref name="end"/>), so a
    /// paragraph broken by them joins up; <paramref name="end"/> moves back by the lines taken out. Line numbers stay
    /// those of the source.
    /// </summary>
    private static List<SourceLine> WithoutSkipped(IReadOnlyList<SourceLine> lines, IReadOnlyList<(int Start, int End)> skipped, int start, ref int end)
    {
        var kept = new List<SourceLine>(lines.Count);
        var removed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= start && i < end && skipped.Any(r => i >= r.Start && i < r.End)) { removed++; continue; }
            kept.Add(lines[i]);
        }
        end -= removed;
        return kept;
    }

    /// <summary>
    /// The "Kính gửi" block as one paragraph: its list of addressees ("- Sở Y tế;", "- Sở Tài chính.") is not a list of
    /// the document's own items, so it is joined rather than split into bullet clauses.
    /// </summary>
    private static LogicalLine? Addressees(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var text = new System.Text.StringBuilder();
        var joins = new List<LineOffset>();
        int first = -1, last = -1;
        for (var i = from; i < to; i++)
        {
            var part = lines[i].Text.Replace("**", "", StringComparison.Ordinal).Trim(' ', '\t', '*', '_', '|');
            if (part.Length == 0) continue;
            if (first < 0) first = lines[i].Number;
            else
            {
                text.Append(' ');
                joins.Add(new LineOffset(text.Length, lines[i].Number));
            }
            text.Append(part);
            last = lines[i].Number;
        }
        return first < 0 ? null : new LogicalLine(text.ToString(), first, last, null, LineStyle.None) { Joins = joins };
    }

    /// <summary>Parses a whole line list as one body (no header or attachments).</summary>
    public IReadOnlyList<Clause> Parse(string documentId, IReadOnlyList<SourceLine> lines, WrapMode mode) =>
        Parse(documentId, lines, [new BodySegment(0, lines.Count)], mode);
}
