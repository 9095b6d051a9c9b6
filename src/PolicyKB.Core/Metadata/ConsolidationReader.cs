namespace PolicyKB.Metadata;

/// <summary>
/// A consolidated text (văn bản hợp nhất) prints its own số hiệu and date in the authentication block at
/// its end ("XÁC THỰC VĂN BẢN HỢP NHẤT", Pháp lệnh Hợp nhất văn bản quy phạm pháp luật 2012, Điều 8),
/// while its head repeats the type line of the consolidated document. This reader finds that block. Some ministries print
/// "XÁC NHẬN VĂN BẢN HỢP NHẤT" for the same block.
/// </summary>
internal static class ConsolidationReader
{
    private static readonly string[] Markers = ["XÁC THỰC VĂN BẢN HỢP NHẤT", "XÁC NHẬN VĂN BẢN HỢP NHẤT"];

    /// <summary>How many capitals cells above the number the block's body may take ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI").</summary>
    private const int BodyCells = 2;

    /// <summary>The number and date of the authentication block, or null when the text has none.</summary>
    public static HeaderInfo? Read(LineView view, HeaderCellClassifier classifier)
    {
        for (var i = view.Count - 1; i >= 0; i--)
        {
            if (view.IsBlank(i) || view.Text(i).Length > 80) continue;
            // The fold holds an "X" only where the line holds "X" or "x": most lines are passed over without folding them.
            if (view.Text(i).AsSpan().IndexOfAny('X', 'x') < 0) continue;
            if (!IsMarker(view.Text(i))) continue;
            var info = new HeaderInfo();
            // The marker line is printed in capitals too, between the body and the number or below both: it names the
            // act of authenticating, never the body that authenticates.
            var cells = HeaderCellReader.Read(view, Math.Max(0, i - 10), Math.Min(view.Count - 1, i + 10), int.MaxValue, classifier)
                .Where(c => !IsMarker(c.Text)).ToList();
            var number = cells.FindIndex(c => c.Kind == HeaderCellKind.Number);
            // Only the block itself: the issuing body right above the number (one name may wrap over two cells), the
            // number, the date. With no number printed the block's date, if any, opens its line with the place: a sentence
            // of the last article around it ("1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.") is not the block's.
            var start = Math.Max(0, number);
            while (number > 0 && start > 0 && number - start < BodyCells && cells[start - 1].Kind == HeaderCellKind.Organisation) start--;
            HeaderReader.ReadLetterhead(cells.Skip(start)
                .Where(c => c.Kind is not HeaderCellKind.Other && (number >= 0 || c.Kind != HeaderCellKind.PlaceDate || OpensWithPlace(c.Text))).ToList(), info);
            // The body is printed above the number: a capitals cell only after it is a title's or a signature's.
            if (number >= 0 && start == number) info.Issuer = null;
            info.Consolidated = true;
            return info;
        }
        return null;
    }

    private static bool IsMarker(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Markers.Any(m => folded.Contains(m, StringComparison.Ordinal));
    }

    private static bool OpensWithPlace(string text) =>
        Patterns.PlaceDate().Match(text) is { Success: true, Index: 0 } m && m.Groups["place"].Value.Trim().Length > 0;
}
