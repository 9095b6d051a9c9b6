namespace PolicyKB.Metadata;

/// <summary>
/// Groups the lines of a header block into cells: consecutive printed lines join while they continue
/// one another ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK"; "Đắk Lắk, ngày 21" / "tháng 11 năm 2025"); an empty
/// line, a change between capitals and running text, or a line opening another cell ends a cell.
/// </summary>
internal static class HeaderCellReader
{
    /// <summary>Reads cells from lines [<paramref name="from"/>, <paramref name="to"/>), plus the first
    /// <paramref name="fragmentsOfLast"/> fragments of line <paramref name="to"/> when it is given.</summary>
    public static List<HeaderCell> Read(LineView view, int from, int to, int fragmentsOfLast, HeaderCellClassifier classifier)
    {
        var cells = new List<HeaderCell>();
        List<string>? open = null;
        var openLine = 0;
        var lastLine = 0;
        var openCaps = false;

        void Close()
        {
            if (open is { Count: > 0 }) cells.Add(new HeaderCell(classifier.Classify(VietnameseText.Squash(string.Join(' ', open))), openLine, open, lastLine));
            open = null;
        }

        for (var i = from; i <= to && i < view.Count; i++)
        {
            if (view.IsBlank(i)) { Close(); continue; }
            var fragments = HeaderFragmenter.Split(view.Raw(i));
            if (i == to) fragments = fragments.Take(fragmentsOfLast).ToList();
            for (var k = 0; k < fragments.Count; k++)
            {
                var fragment = fragments[k];
                var kind = classifier.Classify(fragment);
                var caps = VietnameseText.IsAllCaps(fragment);
                var joins = open is not null && k == 0 && Continues(open, openCaps, fragment, kind, caps, classifier);
                if (!joins)
                {
                    Close();
                    open = [];
                    openLine = i;
                    openCaps = caps;
                }
                open!.Add(fragment);
                lastLine = i;
                if (k < fragments.Count - 1) Close();
            }
        }
        Close();
        return cells;
    }

    private static bool Continues(List<string> open, bool openCaps, string fragment, HeaderCellKind kind, bool caps, HeaderCellClassifier classifier)
    {
        var text0 = VietnameseText.Squash(string.Join(' ', open));
        if (!fragment.Any(char.IsLetter) && fragment.Any(char.IsDigit) && (text0.EndsWith("năm") || text0.EndsWith("tháng") || text0.EndsWith("ngày"))) return true;
        if (kind is HeaderCellKind.Separator or HeaderCellKind.Motto or HeaderCellKind.Number or HeaderCellKind.TypeLine
            or HeaderCellKind.Subject or HeaderCellKind.Furniture) return false;
        var text = VietnameseText.Squash(string.Join(' ', open));
        var openKind = classifier.Classify(text);
        switch (openKind)
        {
            case HeaderCellKind.Number:
                // "Số:" alone: the number is printed on the next line; "Số: 3783/QĐ-" / "UBND": a số hiệu wrapped after a
                // hyphen goes on with the codes on the next line.
                var value = Patterns.NumberLabel().Match(text).Groups["value"].Value.Trim();
                return value.Length == 0 || (value.EndsWith('-') || value.EndsWith('–')) && Patterns.NumberCodes().IsMatch(fragment);
            case HeaderCellKind.PlaceDate or HeaderCellKind.Motto or HeaderCellKind.TypeLine or HeaderCellKind.Separator or HeaderCellKind.Furniture:
                return false;
            case HeaderCellKind.Subject:
                return !caps && kind == HeaderCellKind.Other;
        }
        return caps == openCaps || kind == HeaderCellKind.PlaceDate;
    }
}
