namespace PolicyKB.Metadata;

/// <summary>
/// Crawled text that lost its line breaks runs the số hiệu, the công văn's "V/v" subject and the place and date into
/// the first long line of the body: "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn … Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: …",
/// or, under a bare "Số:" line, "97/VBHN-VPQH Hà Nội, ngày 22 tháng 8 năm 2025 LUẬT …", or, under the number, the
/// place and date with the type line and title after them: "Hà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH VỀ … Căn cứ …".
/// Its head is read as metadata; the line stays body text, so nothing the clauses hold is lost.
/// </summary>
internal static class CollapsedHeaderLine
{
    /// <summary>How far into the line a place-date opening it may start (decoration before "Hà Nội, ngày").</summary>
    private const int DateOpening = 40;

    /// <summary>Characters of the line's head read for the number, subject and date.</summary>
    private const int Head = 250;

    /// <summary>
    /// Reads number, subject, place and date from the head of line <paramref name="line"/> into <paramref name="info"/>;
    /// fields already read are kept.
    /// </summary>
    public static void Read(LineView view, int line, HeaderInfo info)
    {
        var text = view.Text(line);
        var previous = line - 1;
        while (previous >= 0 && view.IsBlank(previous)) previous--;
        var bareLabel = previous >= 0 && Patterns.NumberLabel().Match(view.Text(previous)) is { Success: true } label
            && label.Groups["value"].Value.Trim().Length == 0;
        var head = text.Length > Head ? text[..Head] : text;
        var greeting = head.IndexOf("Kính gửi", StringComparison.OrdinalIgnoreCase);
        if (greeting > 0) head = head[..greeting];
        string value;
        if (bareLabel) value = head;
        else if (Patterns.NumberLabel().Match(head) is { Success: true, Index: 0 } m) value = m.Groups["value"].Value;
        else
        {
            ReadOpeningDate(head, line, info);
            return;
        }
        var number = Patterns.NumberValue().Match(value.Trim());
        if (!number.Success || info.Number is not null) return;
        var probe = new HeaderInfo();
        HeaderReader.ReadLetterhead([new HeaderCell(HeaderCellKind.Number, line, ["Số: " + number.Value], line)], probe);
        info.Number = probe.Number;
        info.NumberType ??= probe.NumberType;
        info.Consolidated |= probe.Consolidated;
        var rest = value.Trim()[number.Length..];
        var date = Patterns.PlaceDate().Match(rest);
        if (date.Success && info.IssuedOn is null)
        {
            HeaderReader.ReadLetterhead([new HeaderCell(HeaderCellKind.PlaceDate, line, [date.Value], line)], probe);
            info.IssuedOn = probe.IssuedOn;
            info.Place ??= probe.Place;
        }
        if (date.Success) info.Type ??= DocumentTypes.RunIn(rest[(date.Index + date.Length)..]);
        // "V/v …" between the number and the date is the công văn's subject.
        var subject = rest.IndexOf("V/v", StringComparison.OrdinalIgnoreCase);
        if (info.Subject is null && subject >= 0 && date.Success && date.Index > subject)
            info.Subject = VietnameseText.Squash(rest[subject..date.Index]);
    }

    /// <summary>The place and date opening a line under the letterhead, when the header printed no date.</summary>
    private static void ReadOpeningDate(string head, int line, HeaderInfo info)
    {
        if (info.IssuedOn is not null) return;
        var date = Patterns.PlaceDate().Match(head);
        // It opens the line with its place ("Hà Nội, ngày …"): a date inside a sentence ("Căn cứ Luật … ngày 19 tháng 6
        // năm 2015") is another document's.
        if (!date.Success || date.Index > DateOpening || head[..date.Index].Any(char.IsLetter) || date.Groups["place"].Value.Trim().Length == 0) return;
        var probe = new HeaderInfo();
        HeaderReader.ReadLetterhead([new HeaderCell(HeaderCellKind.PlaceDate, line, [date.Value], line)], probe);
        info.IssuedOn = probe.IssuedOn;
        info.Place ??= probe.Place;
        // The type line often runs on after the date ("… năm 1993 LUẬT ĐẤT ĐAI SỐ 24-L/CTN …").
        info.Type ??= DocumentTypes.RunIn(head[(date.Index + date.Length)..]);
    }
}
