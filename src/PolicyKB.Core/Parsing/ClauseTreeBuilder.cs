using System.Text.RegularExpressions;
using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Parsing;

/// <summary>
/// Turns paragraphs into the clause tree. Nesting follows what the document does, not a fixed scheme:
/// a heading whose style is already open closes back to it (a sibling); otherwise it opens below the
/// nearest open heading of higher rank. This keeps real documents right when they break the rules
/// (sections numbered II, II, V, IV; items 7.1–7.5 under heading 8; "2.1." restarting under section V).
/// </summary>
public sealed partial class ClauseTreeBuilder
{
    /// <summary>Label, display label and heading of the footnotes clause.</summary>
    public const string FootnoteLabel = "Chú thích";

    private readonly string _documentId;
    private readonly List<Clause> _clauses = [];
    private readonly Dictionary<string, Clause> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<Clause, ClauseText> _texts = [];
    private readonly List<(Clause Clause, HeadingStyle Style)> _stack = [];
    private Clause? _segmentRoot;
    private bool _afterTrailer;
    private Clause? _footnotes;
    private readonly TableRowText _table = new();
    private bool _inTable;
    // An annex whose label was printed alone ("Mẫu số 01"): its name follows, after a form's letterhead.
    private Clause? _unnamedAnnex;
    private bool _letterheadContinues;

    /// <summary>Creates a builder for one document.</summary>
    public ClauseTreeBuilder(string documentId) => _documentId = documentId;

    /// <summary>Starts a new segment: the main body (no root) or an attached document (its own root clause).</summary>
    public void BeginSegment(string? attachmentType, string? attachmentTitle, string headerText, int lineStart, int lineEnd)
    {
        _stack.Clear();
        _segmentRoot = null;
        _inTable = false;
        // A second main-body segment follows a signature block: footnotes, if it opens like them, or an appendix.
        _afterTrailer = attachmentType is null && _clauses.Count > 0;
        _footnotes = null;
        _unnamedAnnex = null;
        ResetBodyAppendix();
        if (attachmentType is null) return;
        var number = _clauses.Count(c => c.Kind == ClauseKind.Attachment) + 1;
        var root = Add(null, $"A{number}", attachmentType, ClauseKind.Attachment, attachmentTitle ?? attachmentType, lineStart, lineEnd);
        Text(root).Append(headerText);
        _segmentRoot = root;
    }

    /// <summary>Adds one paragraph: a heading opens a clause, body text joins the innermost open clause.</summary>
    public void Add(LogicalLine line)
    {
        if (_footnotes is not null || (_afterTrailer && _stack.Count == 0 && FootnoteStart.IsMatch(line.Text)))
        {
            // Footnotes are read as text: "(2) Nghị quyết số …" is the second note, not an item of the plan.
            _footnotes ??= Add(null, FootnoteLabel, FootnoteLabel, ClauseKind.Footnote, FootnoteLabel, line.LineStart, line.LineEnd);
            Append(_footnotes, line);
            return;
        }
        var isRow = line.Style.HasFlag(LineStyle.TableRow);
        if (isRow && !_inTable) _table.Reset();
        _inTable = isRow;
        if (line.Heading is { } heading)
        {
            Open(heading, line);
            return;
        }
        if (_afterTrailer && _segmentRoot is null && !isRow && OpensAnnex(line.Text) is { } annex)
        {
            OpenAnnex(annex, line);
            return;
        }
        if (_unnamedAnnex is not null && !isRow && NamesAnnex(line)) return;
        if (isRow && (line = line with { Text = _table.Render(line.Text) }).Text.Length == 0) return;
        Clause target;
        if (_stack.Count > 0) target = _stack[^1].Clause;
        else if (_segmentRoot is { ChildIds.Count: 0 } root) target = root;
        // After a signature there is no preamble: a table or list printed there (a task table after "Nơi nhận") is an annex.
        else if (_afterTrailer && _segmentRoot is null) target = OpenAnnex(AnnexTitle.Untitled, line with { Text = "" });
        else target = Preamble(line);
        Append(target, line);
    }

    /// <summary>The addressees of the document ("Kính gửi: …"), the first paragraph of its preamble.</summary>
    public void AddAddressees(LogicalLine line) => Append(Preamble(line), line);

    private void Append(Clause target, LogicalLine line)
    {
        var text = Text(target);
        if (text.Length > 0) text.Append('\n');
        Map(target, text.Length, line);
        text.Append(line.Text);
        target.LineEnd = Math.Max(target.LineEnd, line.LineEnd);
    }

    /// <summary>Finishes the tree: texts, sibling links and document order.</summary>
    public IReadOnlyList<Clause> Build()
    {
        foreach (var (clause, text) in _texts) clause.Text = text.ToString();
        var byParent = _clauses.GroupBy(c => c.ParentId ?? "");
        foreach (var siblings in byParent)
        {
            Clause? previous = null;
            foreach (var clause in siblings)
            {
                if (previous is not null)
                {
                    previous.NextId = clause.Id;
                    clause.PreviousId = previous.Id;
                }
                previous = clause;
            }
        }
        for (var i = 0; i < _clauses.Count; i++) _clauses[i].Order = i;
        return _clauses;
    }

    private void Open(HeadingMatch heading, LogicalLine line)
    {
        if (ClosesBodyAppendix(heading))
        {
            _stack.Clear();
            _bodyAppendix = null;
        }
        var sameStyle = _stack.FindLastIndex(e => e.Style == heading.Style);
        if (sameStyle >= 0)
        {
            _stack.RemoveRange(sameStyle, _stack.Count - sameStyle);
        }
        else
        {
            while (_stack.Count > 0 && _stack[^1].Style >= heading.Style) _stack.RemoveAt(_stack.Count - 1);
        }

        var parent = _stack.Count > 0 ? _stack[^1].Clause : _segmentRoot;
        var kind = heading.Kind;
        // Inside an article, "1." is a Khoản (Nghị định 34/2016/NĐ-CP Điều 58).
        if (heading.Style == HeadingStyle.Number && _stack.Any(e => e.Style == HeadingStyle.Article)) kind = ClauseKind.Clause;

        var clause = Add(parent, ElementLabel(heading, parent), heading.DisplayLabel, kind, TitleOf(heading), line.LineStart, line.LineEnd);
        Map(clause, Text(clause).Length, line);
        Text(clause).Append(line.Text);
        _stack.Add((clause, heading.Style));
        TrackBodyAppendix(heading, clause);
    }

    private Clause Preamble(LogicalLine line)
    {
        var id = _segmentRoot is null ? $"{_documentId}/preamble" : $"{_segmentRoot.Id}.preamble";
        if (_byId.TryGetValue(id, out var existing)) return existing;
        return Add(_segmentRoot, "preamble", "", ClauseKind.Preamble, "", line.LineStart, line.LineEnd);
    }

    private Clause Add(Clause? parent, string label, string displayLabel, ClauseKind kind, string heading, int lineStart, int lineEnd)
    {
        var path = parent is null ? new List<string>() : [.. parent.Path, parent.Label];
        var baseId = parent is null ? $"{_documentId}/{label}" : $"{parent.Id}.{label}";
        var id = baseId;
        for (var n = 2; _byId.ContainsKey(id); n++) id = $"{baseId}~{n}";
        var clause = new Clause
        {
            Id = id,
            DocumentId = _documentId,
            ParentId = parent?.Id,
            Label = label,
            DisplayLabel = displayLabel,
            Heading = heading,
            Kind = kind,
            Path = path,
            LineStart = lineStart,
            LineEnd = lineEnd,
        };
        parent?.ChildIds.Add(id);
        _byId[id] = clause;
        _clauses.Add(clause);
        return clause;
    }

    // Records where the paragraph's source lines start in the clause text, so a citation can name its own line.
    private static void Map(Clause clause, int at, LogicalLine line)
    {
        clause.LineOffsets.Add(new LineOffset(at, line.LineStart));
        foreach (var join in line.Joins) clause.LineOffsets.Add(new LineOffset(at + join.Offset, join.Line));
    }

    private ClauseText Text(Clause clause)
    {
        if (!_texts.TryGetValue(clause, out var text)) _texts[clause] = text = new ClauseText();
        return text;
    }

    /// <summary>
    /// How footnotes open after a signature (Nghị định 30/2020/NĐ-CP prints none, but consolidated and gazette texts do):
    /// a rule of underscores, or a note mark "[1]", "(2)", "(*)", "¹" before its text.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:_{4,}|[\[(](?:\d{1,3}|\*{1,3})[\])](?=\s*\S)|[¹²³⁴⁵⁶⁷⁸⁹]+(?=\s*\p{Lu}))")]
    private static partial Regex FootnoteStartPattern();

    private static Regex FootnoteStart => FootnoteStartPattern();
}
