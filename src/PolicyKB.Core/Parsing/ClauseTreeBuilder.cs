using System.Text;
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
    private readonly Dictionary<Clause, StringBuilder> _texts = [];
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

    /// <summary>
    /// After a signature, "Biểu số 2 …" always opens a new annex; "DANH MỤC …" does when nothing is open or the open
    /// annex already holds more than its title (else it is that annex's title line, under "PHỤ LỤC I").
    /// </summary>
    private AnnexTitle? OpensAnnex(string text)
    {
        if (AnnexTitle.Read(text) is not { } annex) return null;
        if (annex.Numbered || _stack.Count == 0) return annex;
        // "Mẫu số 02" printed alone: "DANH SÁCH …" under it is the form's name, not a new annex.
        if (_unnamedAnnex is not null && ReferenceEquals(_stack[0].Clause, _unnamedAnnex) && _unnamedAnnex.ChildIds.Count == 0) return null;
        var open = _stack[0].Clause;
        return open.ChildIds.Count > 0 || Text(open).ToString().Contains('\n') || _stack.Count > 1 ? annex : null;
    }

    /// <summary>
    /// Under an annex label printed alone, a form's letterhead is its text and the first title line names it
    /// ("Mẫu số 02" / "TÊN DOANH NGHIỆP" / "CỘNG HÒA …" / "DANH SÁCH NGƯỜI LAO ĐỘNG …"). True when the line was taken.
    /// </summary>
    private bool NamesAnnex(LogicalLine line)
    {
        var annex = _unnamedAnnex!;
        if (annex.ChildIds.Count > 0 || _stack.Count != 1 || !ReferenceEquals(_stack[0].Clause, annex))
        {
            _unnamedAnnex = null;
            return false;
        }
        if (AnnexTitleLines.IsLetterhead(line.Text, ref _letterheadContinues))
        {
            Append(annex, line);
            return true;
        }
        _unnamedAnnex = null;
        if (!AnnexTitleLines.IsTitle(line.Text)) return false;
        annex.Heading = AnnexTitleLines.Name(line.Text);
        Append(annex, line);
        return true;
    }

    private Clause OpenAnnex(AnnexTitle annex, LogicalLine line)
    {
        _stack.Clear();
        var clause = Add(null, annex.Label, annex.DisplayLabel, ClauseKind.Appendix, annex.Heading, line.LineStart, line.LineEnd);
        if (line.Text.Length > 0)
        {
            Map(clause, 0, line);
            Text(clause).Append(line.Text);
        }
        _stack.Add((clause, HeadingStyle.Appendix));
        _unnamedAnnex = annex.Numbered && annex.Heading.Length == 0 ? clause : null;
        _letterheadContinues = false;
        return clause;
    }

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

    private StringBuilder Text(Clause clause)
    {
        if (!_texts.TryGetValue(clause, out var text)) _texts[clause] = text = new StringBuilder();
        return text;
    }

    /// <summary>
    /// The id element of a heading. Bullets are numbered among their siblings ("-3"); a decimal label
    /// that repeats its parent's number ("1.2" under "1") keeps only its last part so ids read "II.1.2".
    /// </summary>
    private string ElementLabel(HeadingMatch heading, Clause? parent)
    {
        if (heading.Style is HeadingStyle.Dash or HeadingStyle.Plus or HeadingStyle.Star)
        {
            var siblings = parent?.ChildIds.Count(id => _byId[id].Kind == ClauseKind.Bullet)
                ?? _clauses.Count(c => c.ParentId is null && c.Kind == ClauseKind.Bullet);
            return $"-{siblings + 1}";
        }
        if (heading.Style is HeadingStyle.Decimal or HeadingStyle.Decimal3 && parent is not null)
        {
            var dot = heading.Label.LastIndexOf('.');
            var prefix = heading.Label[..dot];
            var parentNumber = parent.Label.Contains('.') ? parent.Label : parent.Label;
            if (prefix == parentNumber || prefix.EndsWith("." + parent.Label, StringComparison.Ordinal)) return heading.Label[(dot + 1)..];
        }
        return heading.Label;
    }

    /// <summary>A heading's title: the text after the label when it reads as a title, or the part before a colon.</summary>
    internal static string TitleOf(HeadingMatch heading)
    {
        if (heading.Style is HeadingStyle.Dash or HeadingStyle.Plus or HeadingStyle.Star) return "";
        var rest = heading.Rest.Trim();
        var colon = rest.IndexOf(':');
        if (colon > 0 && colon <= 80) return rest[..colon].Trim();
        // A title is short and not a sentence: a long line ending in "." or ";" is the clause's body text.
        var endsSentence = rest.EndsWith('.') || rest.EndsWith(';');
        // An upper-case title may run over two or three printed lines ("DANH SÁCH NGƯỜI LAO ĐỘNG … BẢO HIỂM XÃ HỘI BẮT BUỘC").
        var limit = LabelText.UppercaseShare(rest) > 0.8 ? 200 : 120;
        if (rest.Length <= limit && !HasInnerSentenceBreak(rest) && (!endsSentence || rest.Length <= 60)) return rest.TrimEnd('.', ';', ':', ' ');
        return "";
    }

    private static bool HasInnerSentenceBreak(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        return trimmed.Contains(". ", StringComparison.Ordinal) || trimmed.Contains("; ", StringComparison.Ordinal);
    }

    /// <summary>
    /// How footnotes open after a signature (Nghị định 30/2020/NĐ-CP prints none, but consolidated and gazette texts do):
    /// a rule of underscores, or a note mark "[1]", "(2)", "(*)", "¹" before its text.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:_{4,}|[\[(](?:\d{1,3}|\*{1,3})[\])](?=\s*\S)|[¹²³⁴⁵⁶⁷⁸⁹]+(?=\s*\p{Lu}))")]
    private static partial Regex FootnoteStartPattern();

    private static Regex FootnoteStart => FootnoteStartPattern();
}
