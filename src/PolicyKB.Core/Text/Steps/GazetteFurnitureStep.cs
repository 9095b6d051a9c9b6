using System.Text.RegularExpressions;

namespace PolicyKB.Text;

/// <summary>
/// Step 3, "gazette-furniture": text extracted from Official Gazette (Công báo) PDFs carries the gazette's
/// own page furniture, which is not part of the document: running headers ("CÔNG BÁO/Số 977 + 978/Ngày
/// 25-7-2025"), the page number beside each header, section labels ("VĂN BẢN QUY PHẠM PHÁP LUẬT"),
/// "(Xem tiếp Công báo số …)", digital-signature stamps ("Người ký: …", "Email: …", "Cơ quan: …",
/// "Thời gian ký: …") and the closing imprint ("VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN", address, phone, website).
/// Only lines matching these exact shapes are blanked; a line number is never lost.
/// </summary>
public sealed partial class GazetteFurnitureStep : ITextRepairStep
{
    private const int PageNumberReach = 3;
    private const int SectionLabelReach = 6;
    private const int MaxImprintLines = 30;

    /// <inheritdoc />
    public string Name => "gazette-furniture";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        var lines = context.Lines;
        var remove = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length > 200) continue;
            if (text.Contains("CÔNG BÁO", StringComparison.Ordinal) && Header().IsMatch(text))
            {
                remove[i] = true;
                MarkPageNumber(lines, remove, i);
                MarkSectionLabel(lines, remove, i);
            }
            else if (text.Contains("Xem tiếp Công báo", StringComparison.Ordinal) && Continuation().IsMatch(text))
            {
                remove[i] = true;
            }
            else if (StampTime().IsMatch(text))
            {
                MarkStamp(lines, remove, i);
            }
            // Compared in place: the lines are not trimmed yet (the spaces step runs last), and most end in spaces.
            else if (text.AsSpan().Trim().SequenceEqual("VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN"))
            {
                MarkImprint(lines, remove, i);
            }
        }

        var blanked = 0;
        for (var i = 0; i < remove.Length; i++)
        {
            if (!remove[i] || lines[i].IsBlank) continue;
            context.Blank(i);
            blanked++;
        }
        context.Count(Name, blanked);
        if (blanked > 0) context.AddNote($"{Name}: blanked {blanked} lines of Công báo page furniture");
    }

    /// <summary>
    /// The page number printed beside a header: the nearest non-blank line before or after it, when a bare
    /// number. Odd pages print it after the header, even pages before; an adjacent line wins. The same number
    /// on the other side is a second copy of it (first pages print both).
    /// </summary>
    private static void MarkPageNumber(IReadOnlyList<Decoding.SourceLine> lines, bool[] remove, int header)
    {
        var after = NearestNonBlank(lines, header, 1);
        var before = NearestNonBlank(lines, header, -1);
        var afterIsNumber = after >= 0 && PageNumber().IsMatch(lines[after].Text);
        var beforeIsNumber = before >= 0 && PageNumber().IsMatch(lines[before].Text);
        if (afterIsNumber && (after == header + 1 || !beforeIsNumber)) remove[after] = true;
        else if (beforeIsNumber) remove[before] = true;
        if (afterIsNumber && beforeIsNumber && lines[after].Text.Trim() == lines[before].Text.Trim())
        {
            remove[after] = true;
            remove[before] = true;
        }
    }

    private static int NearestNonBlank(IReadOnlyList<Decoding.SourceLine> lines, int from, int step)
    {
        for (var j = from + step; j >= 0 && j < lines.Count && Math.Abs(j - from) <= PageNumberReach; j += step)
        {
            if (!lines[j].IsBlank) return j;
        }
        return -1;
    }

    private static void MarkSectionLabel(IReadOnlyList<Decoding.SourceLine> lines, bool[] remove, int header)
    {
        for (var j = header + 1; j < lines.Count && j <= header + SectionLabelReach; j++)
        {
            if (SectionLabel().IsMatch(lines[j].Text)) remove[j] = true;
        }
    }

    /// <summary>A signature stamp: the run of "Label: value" lines around a "Thời gian ký: 28.07.2025 14:15:48" line.</summary>
    private static void MarkStamp(IReadOnlyList<Decoding.SourceLine> lines, bool[] remove, int timeLine)
    {
        remove[timeLine] = true;
        for (var j = timeLine - 1; j >= 0 && j >= timeLine - 6 && StampLine().IsMatch(lines[j].Text); j--) remove[j] = true;
        for (var j = timeLine + 1; j < lines.Count && j <= timeLine + 6 && StampLine().IsMatch(lines[j].Text); j++) remove[j] = true;
    }

    /// <summary>The imprint closes the gazette issue: blank it to the end when what follows is short.</summary>
    private static void MarkImprint(IReadOnlyList<Decoding.SourceLine> lines, bool[] remove, int start)
    {
        var nonBlank = 0;
        for (var j = start; j < lines.Count; j++) if (!lines[j].IsBlank) nonBlank++;
        if (nonBlank > MaxImprintLines) return;
        for (var j = start; j < lines.Count; j++) remove[j] = true;
    }

    [GeneratedRegex(@"^\s*(\d{1,4}\s+)?CÔNG BÁO\s*/\s*Số\s*\d+(\s*\+\s*\d+)*\s*/\s*Ngày\s*\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{2,4}\s*(\d{1,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s*\d{1,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*\(Xem tiếp Công báo( số)?\s*\d+(\s*\+\s*\d+)*\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^\s*VĂN BẢN (QUY PHẠM PHÁP LUẬT|PHÁP LUẬT KHÁC|HỢP NHẤT( - .{1,80})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^\s*(Thời gian ký|Ngày ký)\s*:\s*(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex StampTime();

    [GeneratedRegex(@"^\s*(Ký bởi|Người ký|Email|Cơ quan|Thời gian ký|Ngày ký)\s*:\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex StampLine();
}
