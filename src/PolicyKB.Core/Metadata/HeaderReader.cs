using PolicyKB.Documents;
using PolicyKB.Metadata.Rules;

namespace PolicyKB.Metadata;

/// <summary>
/// Reads a header block (Nghị định 30/2020/NĐ-CP Điều 8 and Phụ lục I): finds the type line, reads the
/// letterhead cells above it (issuing body, số hiệu, place and date) and the title below it, and decides
/// where the body starts. Works for the main document and for a document attached after a trailer.
/// </summary>
internal sealed class HeaderReader
{
    private const int LetterheadReach = 80;
    private static readonly TypeLineRule TypeRule = new();
    private readonly HeaderCellClassifier _classifier;

    /// <summary>Creates a reader using the given cell rules.</summary>
    public HeaderReader(HeaderCellClassifier classifier) => _classifier = classifier;

    /// <summary>Reads the main header starting at line <paramref name="from"/>.</summary>
    public HeaderInfo ReadMain(LineView view, int from)
    {
        var type = FindTypeLine(view, from, 400);
        if (type is null && FirstAnchor(view, from, 200) is { } anchor) return ReadWithoutTypeLine(view, Math.Max(from, anchor - 12), anchor);
        if (type is not { } t) return new HeaderInfo { BodyStart = from };
        var cells = HeaderCellReader.Read(view, Math.Max(from, t.Line - LetterheadReach), t.Line, t.Fragment, _classifier);
        return Complete(view, t, cells);
    }

    /// <summary>
    /// Reads an attachment header starting at line <paramref name="from"/>: only letterhead cells may come
    /// before the type line, which must be near. Null when the lines there are not an attachment header.
    /// </summary>
    public HeaderInfo? ReadAttachment(LineView view, int from)
    {
        if (FindTypeLine(view, from, 30) is not { } t) return null;
        var cells = HeaderCellReader.Read(view, from, t.Line, t.Fragment, _classifier);
        if (cells.Any(c => c.Kind == HeaderCellKind.Other && (c.Text.Length > 80 || Patterns.Heading().IsMatch(c.Text)))) return null;
        return Complete(view, t, cells);
    }

    private HeaderInfo Complete(LineView view, (int Line, int Fragment, string Text) t, List<HeaderCell> cells)
    {
        var info = new HeaderInfo { TypeLine = t.Line };
        DocumentTypes.TryReadTypeLine(t.Text, out var type, out var rest);
        info.Type = type;
        var (title, end) = TitleReader.Read(view, t.Line, rest);
        info.Title = title;
        ReadLetterhead(cells, info);
        info.BodyStart = SkipAfterTitle(view, end, info);
        if (info.Authority.Count > 0 && info.Issuer is { } issuer && issuer.StartsWith("UBND", StringComparison.Ordinal)
            && VietnameseText.Fold(info.Authority[0]).StartsWith("CHỦ TỊCH ỦY BAN NHÂN DÂN", StringComparison.Ordinal))
        {
            // A decision taken by the chairman in person names him as the authority (Luật Tổ chức chính quyền địa phương).
            info.Issuer = "Chủ tịch " + issuer;
        }
        return info;
    }

    private int? FirstAnchor(LineView view, int from, int reach)
    {
        for (var i = from; i < Math.Min(view.Count, from + reach); i++)
        {
            if (view.IsBlank(i)) continue;
            if (HeaderFragmenter.Split(view.Raw(i)).Any(f => _classifier.Classify(f) is HeaderCellKind.Motto or HeaderCellKind.Number)) return i;
        }
        return null;
    }

    private HeaderInfo ReadWithoutTypeLine(LineView view, int from, int anchor)
    {
        var limit = Math.Min(view.Count, anchor + 40);
        for (var i = anchor + 1; i < limit; i++)
        {
            if (view.IsBlank(i)) continue;
            var text = view.Text(i);
            if (HeaderLines.StartsBody(text, false) || (text.Length > 200 && VietnameseText.HasLower(text))) { limit = i; break; }
            // Crawled text: "Hà Nội, ngày … Kính gửi: …" on one line ends the header after it.
            if (HeaderFragmenter.Split(view.Raw(i)).Skip(1).Any(f => VietnameseText.Fold(f).StartsWith("KÍNH GỬI", StringComparison.Ordinal))) { limit = i + 1; break; }
        }
        var info = new HeaderInfo { BodyStart = from };
        if (limit <= from) return info;
        var cells = HeaderCellReader.Read(view, from, limit - 1, int.MaxValue, _classifier);
        var last = cells.FindLastIndex(c => c.Kind is HeaderCellKind.Number or HeaderCellKind.PlaceDate or HeaderCellKind.Motto or HeaderCellKind.Subject);
        if (last < 0) return info;
        // Crawled text runs the type line into the cell after the number and date ("… năm 2003 LUẬT SỐ 13/2003/QH11 …").
        var dated = cells.FindLastIndex(c => c.Kind is HeaderCellKind.Number or HeaderCellKind.PlaceDate);
        if (dated >= 0 && dated + 1 < cells.Count) info.Type = DocumentTypes.RunIn(cells[dated + 1].Text);
        cells = cells.Take(last + 1).ToList();
        ReadLetterhead(cells, info);
        if ((info.Number is null || info.IssuedOn is null) && limit < view.Count) CollapsedHeaderLine.Read(view, limit, info);
        info.Title = info.Subject;
        info.BodyStart = SkipAfterTitle(view, cells[^1].LastLine + 1, info);
        return info;
    }

    /// <summary>
    /// The first type line before any content, or, past content (an editorial summary above the
    /// document), the first one within a few lines of a letterhead anchor (quốc hiệu, số hiệu, date).
    /// </summary>
    private (int Line, int Fragment, string Text)? FindTypeLine(LineView view, int from, int reach)
    {
        var limit = Math.Min(view.Count, from + reach);
        var contentSeen = false;
        var lastAnchor = int.MinValue;
        for (var i = from; i < limit; i++)
        {
            if (view.IsBlank(i)) continue;
            var text = view.Text(i);
            if (i > from && HeaderLines.StartsBody(text, false) && !HeaderLines.IsAttachedTo(text)) contentSeen = true;
            var fragments = HeaderFragmenter.Split(view.Raw(i));
            for (var k = 0; k < fragments.Count; k++)
            {
                var folded = VietnameseText.Fold(fragments[k]);
                if (folded.Length == 0) continue;
                if (TypeRule.Triggers(folded[0]) && TypeRule.Matches(fragments[k], folded) && (!contentSeen || i - lastAnchor <= 12)) return (i, k, fragments[k]);
                // Quốc hiệu and số hiệu only: a date alone also occurs in page furniture.
                if (_classifier.Classify(fragments[k]) is HeaderCellKind.Motto or HeaderCellKind.Number) lastAnchor = i;
            }
        }
        return null;
    }

    /// <summary>Reads số hiệu, place and date, subject and issuer from letterhead cells into <paramref name="info"/>.</summary>
    internal static void ReadLetterhead(List<HeaderCell> cells, HeaderInfo info)
    {
        foreach (var cell in cells)
        {
            var number = Patterns.NumberLabel().Match(cell.Text);
            if (number.Success && cell.Kind is HeaderCellKind.Number or HeaderCellKind.PlaceDate or HeaderCellKind.Other) ReadNumber(number.Groups["value"].Value, info);
            if (cell.Kind is not (HeaderCellKind.Furniture or HeaderCellKind.TypeLine) && cell.Text.Length < 400)
            {
                var date = Patterns.PlaceDate().Match(cell.Text);
                if (date.Success && info.IssuedOn is null) ReadDate(date, info);
            }
            if (cell.Kind == HeaderCellKind.Subject) info.Subject = cell.Text;
        }
        info.Issuer = ReadIssuer(cells);
    }

    private static void ReadNumber(string value, HeaderInfo info)
    {
        value = Patterns.WrappedNumberHyphen().Replace(value.Trim(), "-");
        var m = Patterns.NumberValue().Match(value);
        if (m.Success)
        {
            info.Number = VietnameseText.Squash(m.Groups["n"].Value).Replace(" ", "").Replace('–', '-');
            info.NumberType = DocumentTypes.FromNumber(info.Number);
        }
        else if (value.Length > 0)
        {
            // "Số: /KH-SYT": the number is left blank for the registry; only its type code is printed.
            var code = value.TrimStart('.', '…', ' ', '/');
            info.NumberType = DocumentTypes.FromNumber("0/" + code.Split(' ')[0]);
        }
        info.Consolidated |= info.Number?.Contains("VBHN", StringComparison.Ordinal) == true || value.Contains("/VBHN", StringComparison.Ordinal);
    }

    private static void ReadDate(System.Text.RegularExpressions.Match m, HeaderInfo info)
    {
        int? Part(string name) => int.TryParse(m.Groups[name].Value, out var v) ? v : null;
        var date = PartialDate.FromParts(Part("d"), Part("m"), Part("y"));
        if (date is null) return;
        info.IssuedOn = date;
        var place = m.Groups["place"].Value.Trim();
        info.Place = place.Length > 0 ? place : info.Place;
    }

    /// <summary>
    /// The issuing body is the capitals cell nearest before the first of quốc hiệu, số hiệu and date
    /// (the left column comes first in reading order); parts printed on separate cells join upwards.
    /// </summary>
    private static string? ReadIssuer(List<HeaderCell> cells)
    {
        var anchor = cells.FindIndex(c => c.Kind is HeaderCellKind.Motto or HeaderCellKind.Number or HeaderCellKind.PlaceDate);
        var index = anchor < 0 ? cells.FindLastIndex(c => c.Kind == HeaderCellKind.Organisation)
            : cells.FindLastIndex(anchor, c => c.Kind == HeaderCellKind.Organisation);
        if (index < 0 && anchor >= 0) index = cells.FindIndex(anchor, c => c.Kind == HeaderCellKind.Organisation);
        if (index < 0) return null;
        var parts = new List<string>(cells[index].Parts);
        for (var k = index - 1; k >= 0 && k >= index - 2 && cells[k].Kind == HeaderCellKind.Organisation; k--)
        {
            if (cells[k].Text == cells[index].Text || cells[k].Text == VietnameseText.Squash(string.Join(' ', parts))) break;
            parts.InsertRange(0, cells[k].Parts);
        }
        // A letterhead table read row by row puts the issuing unit after the quốc hiệu
        // ("UBND TỈNH HÀ GIANG | CỘNG HÒA …" / "SỞ Y TẾ | Độc lập …").
        if (anchor > index && cells[anchor].Kind == HeaderCellKind.Motto)
        {
            for (var k = anchor + 1; k < cells.Count && cells[k].Kind is not (HeaderCellKind.Number or HeaderCellKind.PlaceDate or HeaderCellKind.TypeLine); k++)
            {
                if (cells[k].Kind != HeaderCellKind.Organisation || cells[k].Text == cells[index].Text) continue;
                var words = cells[k].Text.Split(' ').Select(VietnameseText.Fold).ToList();
                if (OrganisationNames.HeadNounLength(words, 0) > 0) parts.AddRange(cells[k].Parts);
                break;
            }
        }
        return IssuerFormatter.FromLetterhead(parts);
    }

    private static int SkipAfterTitle(LineView view, int j, HeaderInfo info)
    {
        while (true)
        {
            j = view.NextNonBlank(j);
            if (j >= view.Count) return j;
            var text = view.Text(j);
            if (text.All(c => c is '-' or '_' or '=' or '.' or ' ')) { j++; continue; }
            if (HeaderLines.IsAttachedTo(text))
            {
                var stop = Math.Min(view.Count, j + 5);
                while (j < stop && !view.Text(j).Contains(')')) j++;
                j++;
                continue;
            }
            if (info.Authority.Count == 0 && HeaderLines.IsAuthority(text)
                || info.Authority.Count == 1 && VietnameseText.IsAllCaps(text) && text.Split(' ').Length <= 4 && !Patterns.Heading().IsMatch(text) && !text.EndsWith(':'))
            {
                info.Authority.Add(text);
                j++;
                continue;
            }
            if (VietnameseText.Fold(text).StartsWith("KÍNH GỬI", StringComparison.Ordinal))
            {
                info.Addressed = true;
                return SkipAddressees(view, j);
            }
            return j;
        }
    }

    private static int SkipAddressees(LineView view, int j)
    {
        var stop = Math.Min(view.Count, j + 15);
        for (j++; j < stop && !view.IsBlank(j); j++)
        {
            var text = view.Text(j);
            if (!text.StartsWith('-') && !text.StartsWith('+') && !text.EndsWith(';') && !text.EndsWith('.')) break;
        }
        return view.NextNonBlank(j);
    }
}
