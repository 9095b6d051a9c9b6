using PolicyKB.Documents;

namespace PolicyKB.Parsing;

// Annexes opened after a signature: "PHỤ LỤC I", "Biểu số 2", "Mẫu số 01" printed alone with its name below a letterhead.
public sealed partial class ClauseTreeBuilder
{
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
}
